package leakbench.finalizers;

/**
 * The seed's Object Resurrection: {@code finalize()} stores {@code this} in a long-lived place, so the object
 * (and its payload) is strongly reachable again after the collector had found it dead. The JVM runs finalize()
 * at most once per object: once forgotten again, it is reclaimed without another finalize().
 */
public final class ResurrectingItem {
    private final byte[] payload;
    private final Graveyard graveyard;

    public ResurrectingItem(int payloadSize, Graveyard graveyard) {
        this.payload = new byte[payloadSize];
        this.graveyard = graveyard;
    }

    public byte[] payload() {
        return payload;
    }

    // finalize() is deprecated (for removal since JDK 18, JEP 421); resurrection only exists through it.
    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {
        graveyard.recordFinalized();
        graveyard.save(this);
    }
}

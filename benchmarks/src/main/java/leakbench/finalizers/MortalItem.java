package leakbench.finalizers;

/**
 * The twin of {@link ResurrectingItem} without the resurrection: its {@code finalize()} only reports that it
 * ran, so after finalization the object is unreachable and the next collection reclaims it.
 */
public final class MortalItem {
    private final byte[] payload;
    private final Graveyard graveyard;

    public MortalItem(int payloadSize, Graveyard graveyard) {
        this.payload = new byte[payloadSize];
        this.graveyard = graveyard;
    }

    public byte[] payload() {
        return payload;
    }

    // finalize() is deprecated (for removal since JDK 18, JEP 421); kept here as the like-for-like fixed twin.
    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {
        graveyard.recordFinalized();
    }
}

package leakbench.profile;

/** A collection as JFR's {@code jdk.GarbageCollection} names it: collector (e.g. G1New, Z) and cause. */
record GcCollection(long gcId, String collector, String cause) {
}

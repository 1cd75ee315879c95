package leakbench.caches;

/** Two ways to write the key of a memoized report. */
final class ReportKeys {
    private ReportKeys() {
    }

    /**
     * The leak: no {@code equals}/{@code hashCode}, so a key equals only itself. Building the "same" key twice
     * gives two keys that a {@code HashMap} never matches: every lookup misses and adds an entry.
     */
    static final class KeyWithoutEquals {
        private final String tenant;
        private final int reportId;

        KeyWithoutEquals(String tenant, int reportId) {
            this.tenant = tenant;
            this.reportId = reportId;
        }

        @Override
        public String toString() {
            return tenant + "/" + reportId;
        }
    }

    /** The fix: a record's {@code equals}/{@code hashCode} compare its components. */
    record RecordKey(String tenant, int reportId) {
    }
}

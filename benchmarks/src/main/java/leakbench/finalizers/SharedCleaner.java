package leakbench.finalizers;

import java.lang.ref.Cleaner;

/** The one static Cleaner of the benchmarks: a Cleaner owns a thread, so code shares one instead of making many. */
public final class SharedCleaner {
    public static final Cleaner INSTANCE = Cleaner.create();

    private SharedCleaner() {
    }
}

package leakbench.captures;

import java.lang.ref.WeakReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a caller keeps ({@code kept}, held strongly by the test) and a weak reference to what it dropped:
 * the large source the kept object was made from.
 */
record KeptAndDropped<T>(T kept, WeakReference<Object> dropped) {
    /**
     * Makes the source and the kept object here, so that the source never sits in the test method's frame
     * (JIT liveness could otherwise keep it alive): only {@code kept} can hold it after this returns.
     */
    static <S, T> KeptAndDropped<T> make(Supplier<S> source, Function<S, T> keep) {
        S large = source.get();
        return new KeptAndDropped<>(keep.apply(large), new WeakReference<>(large));
    }
}

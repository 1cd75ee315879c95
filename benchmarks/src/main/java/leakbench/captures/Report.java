package leakbench.captures;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A large owner: a report whose rows are big and whose title is small. Callers keep a small object made by
 * the report (a title supplier, a row labeller, a header map) after they are done with the report itself;
 * whether the report stays alive depends only on what that small object captured.
 *
 * <p>What javac emits for the anonymous classes below was checked with {@code javap -p} on the compiled
 * classes: built with {@code --release 17}, both {@code Report$1} (the row labeller) and {@code Report$2}
 * (the double-brace map) carry {@code final Report this$0}, whether javac 17 or javac 25 compiles them.
 * javac drops an unused {@code this$0} (JDK-8271623) only when compiling for release 18 or later, and even
 * then keeps it in {@link Serializable} classes such as a {@link HashMap} subclass.
 */
final class Report {
    private final String title;
    private final byte[] rows;

    Report(String title, byte[] rows) {
        this.title = title;
        this.rows = rows;
    }

    /** A report titled "report {@code number}" with {@code rowBytes} bytes of rows. */
    static Report numbered(int number, int rowBytes) {
        return new Report("report " + number, new byte[rowBytes]);
    }

    /** Leaky: {@code title} in a lambda means {@code this.title}, so the lambda captures the whole report. */
    Supplier<String> titleCapturingThis() {
        return () -> title;
    }

    /** Fixed: copy the field to a local first; the lambda then captures only the string. */
    Supplier<String> titleCapturingValue() {
        String copy = title;
        return () -> copy;
    }

    /**
     * Leaky: an anonymous class created in an instance method holds its outer instance in {@code this$0},
     * although {@code apply} never uses it (release 17: see the class comment).
     */
    IntFunction<String> rowLabelsAnonymous() {
        return new IntFunction<>() {
            @Override
            public String apply(int row) {
                return "row " + row;
            }
        };
    }

    /** Fixed: a static nested class has no outer instance to hold. */
    IntFunction<String> rowLabelsStatic() {
        return new RowLabels();
    }

    /**
     * Leaky: double-brace initialisation is an anonymous {@link HashMap} subclass, so the map holds the
     * report in {@code this$0} even though the initialiser only uses a local copy of the title; being
     * {@link Serializable}, it keeps {@code this$0} under every javac and every release.
     */
    Map<String, String> headersDoubleBrace() {
        String copy = title;
        return new HashMap<>() {
            {
                put("title", copy);
                put("format", "csv");
            }
        };
    }

    /** Fixed: a plain {@link HashMap} filled by the caller's code refers to nothing but its entries. */
    Map<String, String> headersPlain() {
        Map<String, String> headers = new HashMap<>();
        headers.put("title", title);
        headers.put("format", "csv");
        return headers;
    }

    private static final class RowLabels implements IntFunction<String> {
        @Override
        public String apply(int row) {
            return "row " + row;
        }
    }
}

package leakbench.analysis.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An output format of the report command and the file it writes. */
public enum ReportFormat {
    MD("report.md"), HTML("report.html"), JSON("report.json");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<ReportFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name.trim().toUpperCase(Locale.ROOT))).findFirst();
    }
}

package leakbench.analysis.render;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import leakbench.analysis.report.Report;

/** Renders a report in one format, in memory: nothing is written until every requested format has rendered. */
public final class Renderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Renderer() {
    }

    public static String render(Report report, ReportFormat format) {
        return switch (format) {
            case MD -> MarkdownWriter.write(ReportDocument.of(report));
            case HTML -> HtmlWriter.write(ReportDocument.TITLE, ReportDocument.of(report));
            case JSON -> json(report);
        };
    }

    /** JSON keeps every number; NaN and infinities are written as JMH writes them, {@code "NaN"}, {@code "Infinity"}. */
    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report is not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /** The formats in a stable order, for messages. */
    public static List<ReportFormat> all() {
        return List.of(ReportFormat.values());
    }
}

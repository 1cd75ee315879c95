package leakbench.analysis.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import leakbench.analysis.report.Report;

/** Renders a report in one format, in memory: nothing is written until every requested format has rendered. */
public final class Renderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Renderer() {
    }

    /**
     * Each requested format's file name and content; the report's blocks are laid out once for all formats, and the
     * formats are rendered side by side (they share nothing but the immutable blocks), which a large report feels.
     */
    public static Map<String, String> render(Report report, Set<ReportFormat> formats) {
        List<Block> blocks = formats.contains(ReportFormat.MD) || formats.contains(ReportFormat.HTML)
                ? ReportDocument.of(report) : List.of();
        List<ReportFormat> order = List.copyOf(formats);
        List<String> contents = order.parallelStream().map(format -> switch (format) {
            case MD -> MarkdownWriter.write(blocks);
            case HTML -> HtmlWriter.write(ReportDocument.TITLE, blocks);
            case JSON -> json(report);
        }).toList();
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            files.put(order.get(i).fileName(), contents.get(i));
        }
        return files;
    }

    /** JSON keeps every number; NaN and infinities are written as JMH writes them, {@code "NaN"}, {@code "Infinity"}. */
    private static String json(Report report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report is not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}

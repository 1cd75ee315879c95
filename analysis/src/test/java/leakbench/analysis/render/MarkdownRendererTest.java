package leakbench.analysis.render;

import static leakbench.analysis.JmhJson.around;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import leakbench.analysis.JmhJson;
import leakbench.analysis.compare.CompareSettings;
import leakbench.analysis.compare.Comparer;
import leakbench.analysis.compare.Comparison;
import leakbench.analysis.read.JmhResultReader;

class MarkdownRendererTest {

    @TempDir
    Path dir;

    @Test
    void aHugeComparisonStaysWithinGitHubsCommentLimit() throws Exception {
        JmhJson base = new JmhJson();
        JmhJson candidate = new JmhJson();
        for (int i = 0; i < 1500; i++) {
            String name = "leakbench.caches.Scenario" + i + "Benchmark." + "x".repeat(150);
            base.add(name, "avgt", "ns/op", around(100, 1, 5), around(100, 1, 5));
            candidate.add(name, "avgt", "ns/op", around(200, 1, 5), around(200, 1, 5));
            base.add(name + "Removed", "avgt", "ns/op", around(100, 1, 5));
            candidate.add(name + "Added", "avgt", "ns/op", around(100, 1, 5));
        }
        JmhResultReader reader = new JmhResultReader();
        Comparison c = new Comparer(CompareSettings.defaults()).compare(reader.read(base.write(dir.resolve("b.json"))),
                reader.read(candidate.write(dir.resolve("c.json"))));

        String md = new MarkdownRenderer().render(c);

        assertTrue(md.length() < 65_536, "length " + md.length());
        assertTrue(md.contains("significant changes out; `--format text` or `--format json` shows all."));
        assertTrue(md.contains("rows out; `--format text` or `--format json` shows all."));
        assertTrue(md.contains("(list cut to fit the comment)"));
        assertTrue(md.endsWith("</sub>\n"), "the footer survives the cut");
    }
}

package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import leakbench.analysis.model.BenchmarkResult;

class PauseListFilesTest {

    @TempDir
    Path dir;

    /** Measurement pauses listed for a result of the real-run fixture, found the way the report finds them. */
    static long measurementRows(BenchmarkResult r) {
        List<String> notes = new ArrayList<>();
        PauseLists lists = PauseListFiles.beside(
                leakbench.analysis.TestFiles.resource(RealRunReportTest.FIXTURE).resolve("results.json"), notes);
        assertTrue(notes.isEmpty(), notes.toString());
        return lists.forks(r).stream().mapToLong(List::size).sum();
    }

    @Test
    void readsOnlyMeasurementRows() {
        PauseListFiles.Fork fork = PauseListFiles.parse(List.of(
                "# leakbench pause list v1: stop-the-world GC pauses counted by GcPauseProfiler",
                "# benchmark: a.B.c size=1 mode=x",
                "# jdk: 17.0.15 OpenJDK 64-Bit Server VM 17.0.15+6",
                "# jvm args: -Xmx1g -XX:+UseG1GC",
                PauseListFiles.HEADER,
                "warmup,1,100.0,5.0,1,G1Old,Pause Full,System.gc()",
                "measurement,1,200.5,2.25,2,G1New,Pause Young,\"G1 Evacuation Pause, x\"",
                "measurement,2,300.0,1.0,3,,Pause Remark,"));
        assertEquals(List.of(new Pause(200.5, 2.25), new Pause(300.0, 1.0)), fork.pauses());
        assertEquals("a.B.c\nmode=x size=1\n-Xmx1g -XX:+UseG1GC\n17.0.15", fork.key());
    }

    @Test
    void unreadableFilesAreSkippedWithANoteNotAnError() throws IOException {
        Files.writeString(dir.resolve("results.json"), "[]");
        Files.writeString(dir.resolve("x.pauses.csv"), "not a pause list\n");
        List<String> notes = new ArrayList<>();
        PauseLists lists = PauseListFiles.beside(dir.resolve("results.json"), notes);
        assertEquals(PauseLists.NONE, lists);
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("x.pauses.csv (not a leakbench pause list v1)"), notes.get(0));
    }
}

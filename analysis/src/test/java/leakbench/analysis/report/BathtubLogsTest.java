package leakbench.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import leakbench.analysis.TestFiles;

/** The steps of a real bathtub cell that ran out of memory, read from its JMH log. */
class BathtubLogsTest {

    private static final long HEAP = 256L * 1024 * 1024;

    @Test
    void everyCompletedStepIsReadAndTheDyingOneIsNot() throws Exception {
        List<String> log = Files.readAllLines(TestFiles.resource("fixtures/bathtub-log/001-serial-256m-jdk17.log"));
        List<BathtubStep> steps = BathtubLogs.steps(log, HEAP);
        // The fork printed "Iteration  26:" and died of OutOfMemoryError inside it.
        assertEquals(25, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).iteration());
        }
        BathtubStep first = steps.get(0);
        assertEquals(1.956, first.stepMs(), 1e-9);
        assertEquals(33540016.0 / HEAP, first.liveShare(), 1e-12);
        assertEquals(0, first.pauseMs(), "\u2248 0 ms reads as 0");
        assertEquals(0, first.pauses());
        BathtubStep last = steps.get(24);
        assertTrue(last.liveShare() > 0.9 && last.liveShare() < 1, "the tub is nearly full: " + last.liveShare());
        assertTrue(last.pauseMs() > 0 && last.pauses() >= 1, last.toString());
        // It fills: the live share grows step after step.
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).liveShare() > steps.get(i - 1).liveShare(), "step " + (i + 1));
        }
    }

    @Test
    void numbersAsJmhPrintsThem() {
        assertEquals(462.946, BathtubLogs.value("462.946 ms"), 1e-12);
        assertEquals(0, BathtubLogs.value("\u2248 0 ms"));
        assertEquals(250574720, BathtubLogs.value("250574720.000 B"));
        assertTrue(Double.isNaN(BathtubLogs.value("Terminating due to java.lang.OutOfMemoryError: Java heap space")));
    }
}

package leakbench.analysis.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad input gives an {@link InvalidResultsException} with one line naming the file and the problem. */
class JmhResultReaderBadInputTest {

    private static final String VALID = "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":"
            + "{\"score\":1.0,\"scoreUnit\":\"ns/op\",\"rawData\":[[1.0]]}}]";

    @TempDir
    Path dir;

    private final JmhResultReader reader = new JmhResultReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "empty file               | ''                                 | empty file",
        "only whitespace          | '  \n\r\n '                         | empty file",
        "malformed JSON           | '[{\"benchmark\": oops}]'           | malformed JSON at line 1",
        "truncated JSON           | '[{\"benchmark\":\"a.B.c\",\"mo'    | truncated JSON",
        "trailing garbage         | '[] []'                             | malformed JSON",
        "result then garbage      | '[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1}}] x' | malformed JSON",
        "result then end of input | '[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1}}' | truncated JSON",
        "JSON object              | '{\"benchmark\":\"a.B.c\"}'         | expected a JSON array of results, found an object",
        "JSON string              | '\"hello\"'                         | found a string",
        "empty array              | '[]'                                | contains no benchmark results",
        "array of numbers         | '[1,2]'                             | result #1 is a number",
        "no primary metric        | '[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\"}]' | result #1 has no \"primaryMetric\"",
        "unknown mode             | '[{\"benchmark\":\"a.B.c\",\"mode\":\"fast\",\"primaryMetric\":{\"score\":1}}]' | unknown mode",
        "score not a number       | '[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":\"x\"}}]' | primaryMetric score that is not a number",
        "raw data not an array    | '[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1,\"rawData\":5}}]' | rawData that is not an array",
        "no benchmark name        | '[{\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1}}]' | has no \"benchmark\" text"})
    void badJsonIsRejectedWithOneClearLine(String what, String content, String expected) throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        assertOneLine(assertThrows(InvalidResultsException.class, () -> reader.read(file)), file, expected);
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nope.json");
        assertOneLine(assertThrows(InvalidResultsException.class, () -> reader.read(missing)), missing,
                "no such file or directory");
    }

    @Test
    void directoryWithoutResults() {
        assertOneLine(assertThrows(InvalidResultsException.class, () -> reader.read(dir)), dir,
                "directory has no results.json");
    }

    @Test
    void binaryDataWithZeroBytes() throws IOException {
        Path file = dir.resolve("image.json");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertOneLine(assertThrows(InvalidResultsException.class, () -> reader.read(file)), file, "binary data");
    }

    @Test
    void binaryDataThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'[', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, ']'});
        assertOneLine(assertThrows(InvalidResultsException.class, () -> reader.read(file)), file, "not UTF-8");
    }

    @Test
    void echoedInputCannotBreakTheLine() throws IOException {
        Path file = dir.resolve("results.json");
        Files.writeString(file, "[\"\n\u001b[31mred\u2028" + "x".repeat(2000));
        InvalidResultsException e = assertThrows(InvalidResultsException.class, () -> reader.read(file));
        assertOneLine(e, file, "JSON");
        assertTrue(e.getMessage().length() < 500, e.getMessage());
    }

    @Test
    void aValidFileWithByteOrderMarkReads() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + VALID);
        assertTrue(reader.read(file).results().size() == 1);
    }

    private static void assertOneLine(InvalidResultsException e, Path file, String expected) {
        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.contains(expected), message);
        assertFalse(message.chars().anyMatch(Character::isISOControl), "one line: " + message);
    }
}

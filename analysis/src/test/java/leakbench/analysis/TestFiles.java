package leakbench.analysis;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test resources as paths. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file under {@code src/test/resources}, e.g. {@code corpus/x.json}. */
    public static Path resource(String name) {
        try {
            var url = TestFiles.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path corpus(String name) {
        return resource("corpus/" + name);
    }
}

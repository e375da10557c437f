package org.vigil.analysis.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Language folders made in a test's temporary directory, as a user adds one through VIGIL_LANGUAGES_DIR. */
public final class TestLanguages {

    private TestLanguages() {}

    /** A folder {@code dir/code} with the given language.properties. */
    public static Path folder(Path dir, String code, String properties) throws IOException {
        Path f = Files.createDirectories(dir.resolve(code));
        Files.writeString(f.resolve("language.properties"), properties);
        return f;
    }

    /** A Latin-script test language without morphology. */
    public static Path folder(Path dir, String code) throws IOException {
        return folder(dir, code, "name = Test\nscript = Latin\n");
    }
}

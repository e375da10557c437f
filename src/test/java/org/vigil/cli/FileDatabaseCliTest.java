package org.vigil.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs bin/vigil commands in process against an embedded database file of their own, as a user runs them. */
abstract class FileDatabaseCliTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** The JDBC URL of the test's database file, for checks straight in the database. */
    String url;

    @BeforeEach
    void useAFileDatabase() {
        url = "jdbc:h2:file:" + dir.resolve("vigil") + ";MODE=PostgreSQL";
        System.setProperty("spring.datasource.url", url);
    }

    @AfterEach
    void restore() {
        System.clearProperty("spring.datasource.url");
    }

    /** Runs a command line; its output and errors are in {@link #out} and {@link #err}. */
    int run(String... args) {
        out.reset();
        err.reset();
        return VigilCli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

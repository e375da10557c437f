package org.vigil.analysis.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed gazetteer is what GazetteerBuilder makes from the shared data sets with the current key functions.
 * About the shared data sets only: skipped where they are absent.
 */
class GazetteerResourceTest {

    private static final Path DATA = Path.of(System.getenv().getOrDefault("VIGIL_DATA", "../shared/data"));

    @Test
    void committedResourceMatchesARebuild(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(DATA.resolve("geonames")), "no shared data at " + DATA.toAbsolutePath());
        Path rebuilt = dir.resolve("gazetteer.tsv.gz");
        GazetteerBuilder.main(new String[] {DATA.toString(), rebuilt.toString()});
        byte[] committed;
        try (InputStream in = new GZIPInputStream(GazetteerResourceTest.class.getResourceAsStream(Gazetteer.RESOURCE))) {
            committed = in.readAllBytes();
        }
        byte[] fresh;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(rebuilt))) {
            fresh = in.readAllBytes();
        }
        assertThat(fresh).as("regenerate the gazetteer as docs/analysis-engine.md says").isEqualTo(committed);
    }
}

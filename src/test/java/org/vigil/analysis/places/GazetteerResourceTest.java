package org.vigil.analysis.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.SharedData;

/**
 * The committed gazetteer is what GazetteerBuilder makes from the shared data sets with the current key functions.
 * Needs the shared data sets (fails when they are absent).
 */
class GazetteerResourceTest {

    @Test
    void committedResourceMatchesARebuild(@TempDir Path dir) throws IOException {
        Path data = SharedData.require("geonames").getParent();
        Path rebuilt = dir.resolve("gazetteer.tsv.gz");
        GazetteerBuilder.main(new String[] {data.toString(), rebuilt.toString()});
        byte[] committed;
        try (InputStream in =
                new GZIPInputStream(GazetteerResourceTest.class.getResourceAsStream(Gazetteer.RESOURCE))) {
            committed = in.readAllBytes();
        }
        byte[] fresh;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(rebuilt))) {
            fresh = in.readAllBytes();
        }
        assertThat(fresh)
                .as("regenerate the gazetteer as docs/analysis-engine.md says")
                .isEqualTo(committed);
    }
}

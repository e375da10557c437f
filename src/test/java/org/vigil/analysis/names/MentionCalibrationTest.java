package org.vigil.analysis.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.analysis.lang.LanguageDataException;
import org.vigil.analysis.lang.Table;
import org.vigil.analysis.names.MentionCalibration.Evidence;
import org.vigil.analysis.text.Tokens;

class MentionCalibrationTest {

    private static final String HEADER = "script\tevidence\tfrom\tto\tcalibrated\tmentions\n";

    private static MentionCalibration table(String rows) {
        return MentionCalibration.of(Table.parse("", "test.tsv", HEADER + rows));
    }

    @Test
    void poolAdjacentViolatorsPoolsScoresThatAreRightLessOftenThanLowerOnes() {
        // 0.2: 1 of 2 right, 0.3: 0 of 2 (a violation: pooled with 0.2), 0.6: 1 of 2, 0.9: 2 of 2
        double[] scores = {0.2, 0.2, 0.3, 0.3, 0.6, 0.6, 0.9, 0.9};
        boolean[] right = {true, false, false, false, true, false, true, true};
        List<MentionCalibration.Block> blocks = MentionCalibration.fit(scores, right);
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).from()).isEqualTo(0.2);
        assertThat(blocks.get(0).to()).isEqualTo(0.3);
        assertThat(blocks.get(0).calibrated()).isCloseTo(0.25, within(1e-9));
        assertThat(blocks.get(0).mentions()).isEqualTo(4);
        assertThat(blocks.get(1).calibrated()).isCloseTo(0.5, within(1e-9));
        assertThat(blocks.get(2).calibrated()).isCloseTo(1.0, within(1e-9));
        // the fitted values never fall
        for (int k = 1; k < blocks.size(); k++) {
            assertThat(blocks.get(k).calibrated())
                    .isGreaterThan(blocks.get(k - 1).calibrated());
        }
    }

    @Test
    void aBlockMapsToItsShareRightAndTheGapBetweenBlocksIsLinear() {
        MentionCalibration c = table("latin\tsurname\t0.10\t0.30\t0.02\t100\n"
                + "latin\tsurname\t0.40\t0.48\t0.22\t50\n"
                + "latin\tsurname\t0.55\t0.70\t0.60\t40\n"
                + "latin\tsurname\t0.80\t0.85\t0.90\t40\n");
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.2)).isEqualTo(0.02);
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.35)).isCloseTo(0.12, within(1e-9));
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.75)).isCloseTo(0.75, within(1e-9));
        // beyond the fitted scores the nearest block's value, within the bounds
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.99)).isEqualTo(0.9);
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.10)).isEqualTo(0.02);
    }

    @Test
    void noMentionCrossesTheReportingLevel() {
        // a map fitted so that firm scores are mostly wrong and weak ones mostly right still keeps each on its side
        MentionCalibration c =
                table("arabic\tsurname\t0.10\t0.45\t0.80\t100\n" + "arabic\tsurname\t0.50\t0.70\t0.90\t100\n");
        assertThat(c.apply(Tokens.ARABIC, Evidence.SURNAME, 0.3)).isLessThan(MentionCalibration.REPORTING);
        assertThat(c.apply(Tokens.ARABIC, Evidence.SURNAME, 0.49)).isLessThan(MentionCalibration.REPORTING);
        MentionCalibration low =
                table("arabic\tsurname\t0.10\t0.45\t0.01\t100\n" + "arabic\tsurname\t0.50\t0.70\t0.10\t100\n");
        assertThat(low.apply(Tokens.ARABIC, Evidence.SURNAME, 0.6)).isEqualTo(MentionCalibration.REPORTING);
        assertThat(low.apply(Tokens.ARABIC, Evidence.SURNAME, 0.2)).isEqualTo(0.01);
    }

    @Test
    void aScriptOrEvidenceWithoutItsOwnMapUsesThePooledOnes() {
        MentionCalibration c = table("all\tfull\t0.50\t0.99\t0.97\t100\n"
                + "all\tall\t0.10\t0.49\t0.05\t100\n"
                + "all\tall\t0.50\t0.99\t0.70\t100\n"
                + "latin\tfull\t0.50\t0.99\t0.99\t100\n");
        assertThat(c.apply(Tokens.LATIN, Evidence.FULL, 0.9)).isEqualTo(0.99);
        assertThat(c.apply(Tokens.CYRILLIC, Evidence.FULL, 0.9)).isEqualTo(0.97);
        // no full-name map below the level: the map of everything
        assertThat(c.apply(Tokens.CYRILLIC, Evidence.FULL, 0.3)).isEqualTo(0.05);
        assertThat(c.apply(Tokens.ARABIC, Evidence.RIVALS, 0.6)).isEqualTo(0.7);
        assertThat(MentionCalibration.NONE.apply(Tokens.ARABIC, Evidence.RIVALS, 0.6))
                .isEqualTo(0.6);
        assertThat(MentionCalibration.NONE.isIdentity()).isTrue();
    }

    @Test
    void aMapThatFallsOrOverlapsFailsWithTheLine() {
        assertThatThrownBy(() -> table("latin\tfull\t0.50\t0.70\t0.80\t10\nlatin\tfull\t0.71\t0.90\t0.60\t10\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("test.tsv:3")
                .hasMessageContaining("monotone");
        assertThatThrownBy(() -> table("latin\tfull\t0.50\t0.70\t0.80\t10\nlatin\tfull\t0.60\t0.90\t0.90\t10\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("test.tsv:3");
        assertThatThrownBy(() -> table("klingon\tfull\t0.50\t0.70\t0.80\t10\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("klingon");
        assertThatThrownBy(() -> table("latin\tguess\t0.50\t0.70\t0.80\t10\n"))
                .isInstanceOf(LanguageDataException.class)
                .hasMessageContaining("guess");
    }

    @Test
    void theWrittenTableReadsBackAndKeepsEachSideOfTheLevel() {
        List<MentionCalibration.Scored> scored = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            double score = 0.1 + 0.89 * k / 199.0;
            score = Math.round(score * 100) / 100.0;
            // right more often the higher the score, but firm scores between 0.5 and 0.6 are mostly wrong
            boolean right = score >= 0.6 ? k % 10 != 0 : score < 0.5 && k % 3 == 0;
            scored.add(new MentionCalibration.Scored("latin", Evidence.SURNAME, score, right));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MentionCalibration.write(new PrintStream(bytes, true, StandardCharsets.UTF_8), scored, "a test");
        MentionCalibration c =
                MentionCalibration.of(Table.parse("", "written.tsv", bytes.toString(StandardCharsets.UTF_8)));
        assertThat(c.isIdentity()).isFalse();
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.55)).isEqualTo(MentionCalibration.REPORTING);
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.45)).isLessThan(MentionCalibration.REPORTING);
        assertThat(c.apply(Tokens.LATIN, Evidence.SURNAME, 0.9)).isGreaterThan(0.7);
    }

    @Test
    void theShippedMapKeepsFullNamesNearCertainAndWeakMatchesLow() {
        MentionCalibration c = MentionCalibration.shared();
        assertThat(c.isIdentity()).isFalse();
        for (byte script : new byte[] {Tokens.LATIN, Tokens.CYRILLIC, Tokens.ARABIC}) {
            assertThat(c.apply(script, Evidence.FULL, 0.99)).isGreaterThanOrEqualTo(0.95);
            assertThat(c.apply(script, Evidence.NAMESAKE, 0.3)).isLessThan(0.3);
            double previous = 0;
            for (int k = 10; k <= 99; k++) {
                double v = c.apply(script, Evidence.SURNAME, k / 100.0);
                assertThat(v).isGreaterThanOrEqualTo(previous);
                previous = v;
            }
        }
    }
}

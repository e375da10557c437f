package org.vigil.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MinHash signatures behind syndicated-copy detection: copies match, other stories and short posts do not. */
class NearDuplicatesTest {

    private static final String STORY = "Unknown persons threatened the Russian ambassador in Ankara in messages "
            + "posted under the embassy's account on Monday, the embassy said in a statement, adding that it had "
            + "asked the Turkish authorities to identify the authors and to strengthen the protection of its staff.";

    @Test
    void aCopyWithAnotherDatelineAndFooterIsANearDuplicate() {
        String copy = "ANKARA (Reuters) - " + STORY.toUpperCase().replace("ON MONDAY", "ON MONDAY MORNING")
                + " Reporting by the wire desk.";
        int[] a = NearDuplicates.signature(STORY);
        int[] b = NearDuplicates.signature(copy);
        assertThat(NearDuplicates.similarity(a, b)).isGreaterThanOrEqualTo(NearDuplicates.THRESHOLD);
        assertThat(NearDuplicates.bands(a)).containsAnyElementsOf(NearDuplicates.bands(b));
        assertThat(NearDuplicates.decode(NearDuplicates.encode(a))).isEqualTo(a);
    }

    @Test
    void anotherStoryOnTheSameSubjectIsNot() {
        String other = "The Turkish foreign ministry summoned the Russian ambassador in Ankara on Tuesday over "
                + "remarks about the protection of diplomatic staff, a ministry spokesman told reporters, saying the "
                + "authorities had opened an investigation into the messages posted last week.";
        assertThat(NearDuplicates.similarity(NearDuplicates.signature(STORY), NearDuplicates.signature(other)))
                .isLessThan(NearDuplicates.THRESHOLD);
    }

    @Test
    void theSameWordsInAnotherOrderAreNot() {
        List<String> words = new java.util.ArrayList<>(List.of(STORY.split(" ")));
        Collections.reverse(words);
        assertThat(NearDuplicates.similarity(
                        NearDuplicates.signature(STORY), NearDuplicates.signature(String.join(" ", words))))
                .isLessThan(0.2);
    }

    @Test
    void shortPostsGetNoSignature() {
        assertThat(NearDuplicates.signature("Farewell to life")).isNull();
        assertThat(NearDuplicates.signature("It is time for you to burn up, ambassador, and everyone knows it"))
                .isNull();
    }
}

package org.vigil.analysis.threat;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The engine's cross-lingual concepts (KILL, YOU, FUTURE...) for readers outside the threat model: the same forms,
 * stems, affixes and tags the model reads ({@link Concepts}), by name. Used by
 * {@link org.vigil.analysis.BehaviourCues}, whose cue files may name a concept in place of a word.
 */
public final class ConceptReader {

    private ConceptReader() {}

    /** Whether a concept of that name exists (upper case, as in {@code Concepts.Concept}). */
    public static boolean exists(String name) {
        for (Concepts.Concept c : Concepts.Concept.values()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The concepts one word of a text in {@code language} (may be null) carries, by name. */
    public static Set<String> of(String word, String language) {
        if (word == null || word.isBlank()) {
            return Set.of();
        }
        var found = Concepts.of(Features.normalise(word.strip()), language);
        if (found.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Concepts.Concept c : EnumSet.copyOf(found)) {
            out.add(c.name());
        }
        return out;
    }
}

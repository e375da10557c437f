package org.vigil.analysis;

import java.util.List;

/** The threat content of a document: score in [0, 1], level, categories and the evidence spans. */
public record Threat(double score, ThreatLevel level, List<ThreatCategory> categories, List<Span> evidence) {
    public static final Threat NONE = new Threat(0, ThreatLevel.NONE, List.of(), List.of());

    public Threat {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("threat score must be in [0, 1], got " + score);
        }
        categories = List.copyOf(categories);
        evidence = List.copyOf(evidence);
    }
}

package org.vigil.analysis.threat;

import java.util.List;
import org.vigil.analysis.Span;
import org.vigil.analysis.Threat;
import org.vigil.analysis.ThreatCategory;

/**
 * The classifier's view of a document: the contract's {@link Threat} plus each finding with its own category, so
 * that target resolution can tell which mention an attack or a threat is aimed at.
 */
public record ThreatAssessment(Threat threat, List<Finding> findings) {

    public static final ThreatAssessment NONE = new ThreatAssessment(Threat.NONE, List.of());

    public ThreatAssessment {
        findings = List.copyOf(findings);
    }

    /** Where, relative to a finding, the phrase puts the one it is aimed at. */
    public enum Slot {
        /** "assassination of X", "threats to X", "attack on X": the target follows. */
        OBJECT_AFTER,
        /** "X was shot", "X's murder", "X began to receive threats": the target precedes. */
        SUBJECT_BEFORE,
        /** "we will kill you": the person addressed (the account replied to, or a name in the sentence). */
        ADDRESSEE,
        /** No syntax to go by: the nearest entity in the same sentence. */
        NEAREST,
        /** An event a news report tells of at a post ("protesters stormed the embassy"): the missions of its sentence. */
        MISSIONS
    }

    /** One piece of evidence, what it is evidence of, its weight in [0, 1], and where its target is to be found. */
    public record Finding(ThreatCategory category, Span span, double score, Slot slot) {
        public Finding(ThreatCategory category, Span span, double score) {
            this(category, span, score, Slot.NEAREST);
        }
    }
}

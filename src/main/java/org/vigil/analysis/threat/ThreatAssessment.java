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

    /** One piece of evidence and what it is evidence of. */
    public record Finding(ThreatCategory category, Span span, double score) {
    }
}

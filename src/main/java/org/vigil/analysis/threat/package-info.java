/**
 * Threat detection: multilingual patterns ({@code ThreatLexicon}, the rows of the language folders'
 * {@code threat-patterns.tsv}, read by {@code ThreatPatterns}) and a linear model trained in Java
 * ({@code ThreatModel}, {@code ThreatTrainer}) combined by {@link org.vigil.analysis.threat.ThreatClassifier} into the
 * contract's score, level, categories and evidence, with each finding's slot for target resolution. How and how well
 * is in docs/model-card.md; {@link org.vigil.analysis.threat.ThreatEvaluation} prints the figures.
 */
package org.vigil.analysis.threat;

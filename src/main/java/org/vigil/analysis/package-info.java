/**
 * The analysis engine: for a document, its language, the protected people and missions it mentions, whether it
 * carries or reports a threat (score, level, categories, evidence spans), whom that threat is aimed at, and the
 * places it names. Plain Java with no Spring or web dependency, so that {@code bin/vigil analyze} starts in well
 * under a second and the ingestion pipeline calls the same code. The contract is shared/spec/analyze-contract.md.
 * Other modules use only the types in this package; the sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.vigil.analysis;

/**
 * Persons of interest: the authors whose threats of MEDIUM or above target a protected person or mission, kept as
 * one record per person with its accounts, first and last seen, targets, languages and a timeline of its signals
 * with their levels. {@link org.vigil.interest.PersonsOfInterest} builds them from
 * {@link org.vigil.signals.SignalDetected} and serves them under need-to-know. See docs/persons-of-interest.md.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "audit",
            "signals",
            "analysis",
            "risk",
            "appearances",
            "ingest :: intake",
            "registry",
            "briefing"
        })
package org.vigil.interest;

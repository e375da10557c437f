/**
 * Appearances: where and when a protected person will be seen (an exhibition opening, a reception, a speech, a
 * visit, a journey), with the venue, the publicity and the crowd; the appearance's own explainable risk (the
 * mission's and country's risk, threats that name the person together with the venue, the event or its date,
 * conflict events near the venue, publicity and crowd size), recomputed as signals arrive and as the date comes
 * closer; the advance checklist and its readiness; the calendar, the iCalendar feed, the API and the briefing
 * section. Announces {@link org.vigil.appearances.AppearanceThreatened} and
 * {@link org.vigil.appearances.AppearanceUnready} for the alerts. See docs/appearances.md.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "registry",
            "audit",
            "risk",
            "signals",
            "conflict",
            "analysis",
            "measures",
            "briefing",
            "ingest :: intake"
        })
package org.vigil.appearances;

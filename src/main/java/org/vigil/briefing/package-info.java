/**
 * Briefings: the daily picture per mission and for HQ (risk levels and their changes, top signals, alerts,
 * incidents, measures due), as HTML and PDF from one template, generated on a schedule and on demand. Modules that
 * own part of the picture contribute a {@link org.vigil.briefing.BriefingSection}; this module depends on none of
 * them, so alerts, incidents and measures can depend on it without a cycle.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "registry", "audit", "risk", "signals", "analysis"})
package org.vigil.briefing;

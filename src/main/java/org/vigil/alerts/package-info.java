/**
 * Alerts: rules that turn events (a threat against a protected person or mission, a surge, a risk level raised, a
 * new incident, a source down, a measure overdue, an appearance threatened or not ready, a person of interest escalating) into alerts for the people responsible for that mission, and
 * only them; an in-app inbox, e-mail, signed webhooks and a CAP 1.2 feed; acknowledgement, assignment, escalation
 * when nobody acknowledges in time, and grouping so that a storm is one alert with a count. Contributes the alerts
 * section of the briefing. See docs/alerts.md.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "registry",
            "accounts",
            "audit",
            "risk",
            "ingest",
            "signals",
            "incidents",
            "measures",
            "appearances",
            "interest",
            "analysis",
            "briefing"
        })
package org.vigil.alerts;

/**
 * Incidents: attacks, threats received, protests, intrusions, surveillance, suspicious packages at missions, with
 * their investigation log, cooperation with local authorities and lessons learned. An open incident weighs on the
 * mission's risk (through {@link org.vigil.risk.OpenIncidents}) and fires alerts ({@link IncidentOpened}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "registry", "audit", "risk", "briefing"})
package org.vigil.incidents;

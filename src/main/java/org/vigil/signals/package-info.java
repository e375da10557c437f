/**
 * Signals: the analysed items an officer may need to read, linked to the missions and people they mention or
 * target. {@link org.vigil.signals.SignalStore} stores one from an analysis result (called by ingestion's worker in
 * the commit that dequeues the item) and announces it as {@link org.vigil.signals.SignalDetected};
 * {@link org.vigil.signals.Signals} serves them under need-to-know with triage (confirm, dismiss, escalate);
 * {@link org.vigil.signals.SignalLookup} is the unscoped read for the modules that weigh them (risk, alerts,
 * briefings). The pages and the API are in {@code web} (docs/ingestion-pipeline.md, "Signals").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "analysis", "registry", "audit"})
package org.vigil.signals;

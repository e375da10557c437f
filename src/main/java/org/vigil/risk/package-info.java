/**
 * Risk: an explainable level per mission and country, per category and overall, built from named factors
 * (country baselines, conflict events near the mission, signals that target it, surges, open incidents,
 * implemented measures). Modules that hold evidence the risk picture weighs but that themselves depend on risk
 * (incidents, measures) contribute through the SPIs {@link org.vigil.risk.OpenIncidents} and
 * {@link org.vigil.risk.ActiveMeasures} and announce changes with {@link org.vigil.risk.RiskInputsChanged}, so
 * that the module graph keeps no cycle.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "registry", "audit", "signals", "conflict", "analysis"})
package org.vigil.risk;

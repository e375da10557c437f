/**
 * Protective measures: the catalogue, proposals carried through approval, implementation, review and lifting,
 * the network view of where special-forces units stand, and requests to the host state (notes verbales). An
 * implemented measure lowers the mission's residual risk (through {@link org.vigil.risk.ActiveMeasures}); an
 * overdue one raises an alert ({@link MeasureOverdue}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "registry", "audit", "risk", "incidents", "briefing", "signals", "analysis"})
package org.vigil.measures;

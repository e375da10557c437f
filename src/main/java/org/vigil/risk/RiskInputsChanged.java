package org.vigil.risk;

/**
 * Evidence that the risk module does not own changed for a mission (an incident opened or closed, a measure
 * implemented or lifted): the risk module recomputes that mission. Published by the owning modules.
 */
public record RiskInputsChanged(String missionId, String reason) {}

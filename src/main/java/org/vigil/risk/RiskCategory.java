package org.vigil.risk;

/** The categories a mission's risk is assessed in; the overall level is built from them. */
public enum RiskCategory {
    /** Threats, plots and attacks aimed at the mission or its people. */
    TARGETED_THREATS,
    TERRORISM,
    /** Unrest, riots and protests. */
    POLITICAL_VIOLENCE,
    ARMED_CONFLICT,
    CRIME
}

package org.vigil.risk;

/** The four levels of the risk picture, in rising order, with the number people use for them. */
public enum RiskLevel {
    LOW(1),
    MODERATE(2),
    HIGH(3),
    CRITICAL(4);

    private final int rank;

    RiskLevel(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isAtLeast(RiskLevel other) {
        return rank >= other.rank;
    }
}

package org.vigil.measures;

/** What a measure costs, roughly: what the approver weighs against the risk it removes. */
public enum CostClass {
    /** Within the mission's own budget. */
    LOW,
    /** Needs HQ money for months. */
    MEDIUM,
    /** A large, lasting commitment (people, vehicles). */
    HIGH,
    /** Involves other agencies or moves staff out of the country. */
    VERY_HIGH
}

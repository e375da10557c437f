package org.vigil.registry;

/** Whether a mission is operating. */
public enum MissionStatus {
    /** Open and staffed. */
    ACTIVE,
    /** Operations suspended (staff withdrawn or relations broken); the premises may still need protection. */
    SUSPENDED,
    /** No longer part of the network; kept because other records point to it. */
    RETIRED
}

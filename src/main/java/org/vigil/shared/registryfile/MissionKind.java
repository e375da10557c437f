package org.vigil.shared.registryfile;

/** The kind of a diplomatic or consular post. */
public enum MissionKind {
    EMBASSY,
    CONSULATE_GENERAL,
    CONSULATE,
    PERMANENT_MISSION,
    OTHER
}

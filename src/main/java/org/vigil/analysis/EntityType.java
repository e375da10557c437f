package org.vigil.analysis;

/** What a registry entity is. */
public enum EntityType {
    PERSON,
    MISSION
}

package org.vigil.analysis;

/** A registry entity that the threat, attack, plot or security concern is aimed at. */
public record Target(String entityId, EntityType type, double confidence) {}

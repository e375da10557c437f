package org.vigil.analysis;

/** A place where a registry entity is named, with the engine's confidence in [0, 1] that it is that entity. */
public record Mention(String entityId, EntityType type, String text, int start, int end, double confidence) {}

package org.vigil.analysis;

/** A place named in the text, with its ISO 3166-1 alpha-2 country. */
public record Place(String text, String country, int start, int end) {}

package org.vigil.risk.assess;

/**
 * What a contribution rests on, for the explanation: a signal, a conflict event, an incident, a baseline, a measure.
 *
 * @param kind SIGNAL, EVENT, INCIDENT, BASELINE, MEASURE or SURGE
 * @param link where a reader checks it (an API path or a page), or null
 */
public record Evidence(String kind, String id, String label, String link) {}

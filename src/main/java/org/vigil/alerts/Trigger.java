package org.vigil.alerts;

/**
 * An event as the rules see it: what kind, which mission (or none), what repeats are grouped by, how serious.
 *
 * @param subjectKey the event and its target, e.g. {@code threat:ru-embassy-ankara}; repeats with the same key
 *        within a rule's window are one alert
 * @param rank 1 (low) to 4 (critical)
 * @param fromRank {@link AlertKind#RISK_RAISED}: the previous level's rank (1 when there was none); else 0
 * @param refType what raised it (SIGNAL, SURGE, RISK_CHANGE, INCIDENT, SOURCE, MEASURE)
 * @param link the page of what raised it, or {@code null}
 */
record Trigger(
        AlertKind kind,
        String missionId,
        String subjectKey,
        int rank,
        int fromRank,
        String title,
        String detail,
        String refType,
        String refId,
        String link) {

    Trigger {
        title = clip(title, 500);
        detail = clip(detail == null ? "" : detail, 4000);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}

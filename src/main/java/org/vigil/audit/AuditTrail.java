package org.vigil.audit;

/**
 * The append-only, hash-chained audit trail. Every write, and every read of a sensitive record (a person), calls
 * {@link #record}. Who and from where come from the current security context and request (a command-line or
 * scheduled caller appears as {@code system}).
 */
public interface AuditTrail {

    /**
     * Appends one entry in the caller's transaction, so that a change and its audit entry commit or roll back
     * together.
     *
     * @param action what happened, as a verb: {@code CREATE}, {@code UPDATE}, {@code RETIRE}, {@code READ},
     *     {@code IMPORT}, {@code LOGIN_FAILED}, ...
     * @param entityType {@code MISSION}, {@code PERSON}, {@code ACCOUNT}, ...
     * @param entityId the record's id, or null for an action on no single record
     * @param before the record before the change (serialised to JSON), or null
     * @param after the record after the change (serialised to JSON), or null
     */
    void record(String action, String entityType, String entityId, Object before, Object after);
}

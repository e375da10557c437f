package org.vigil.audit;

import java.util.List;

/**
 * What a module knows of how its records make one case, so that the audit trail can show a case (an alert, a
 * measure, an incident) as one timeline: the measure and the host-state requests drafted for it, the incident and
 * the measures taken because of it, the alert and its rule. The audit module knows no other module; each module that
 * owns records of a case implements this.
 */
public interface CaseRelations {

    /** A record as the trail names it: {@code MEASURE 5}. */
    record CaseRecord(String entityType, String entityId) {}

    /**
     * The records directly related to one record, as this module knows them (ids only: the timeline shows what the
     * trail holds of them, not the records themselves); empty for a record it does not own or know.
     */
    List<CaseRecord> related(CaseRecord record);
}

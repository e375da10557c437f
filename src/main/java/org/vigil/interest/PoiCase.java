package org.vigil.interest;

import java.time.Instant;
import java.util.List;

/**
 * A person of interest with its casework: how it came to be, why each account is on it, the analysts' notes and,
 * when closed, why. What the API's casework answers and the person page show.
 *
 * @param person the record as the reader may see it, with its timeline
 * @param origin {@code AUTOMATIC} (a threat of MEDIUM or above aimed at a protected target) or {@code DECISION}
 * @param decidedBy who made the author a person of interest by decision, or null
 * @param decisionReason why, or null
 * @param accounts why each account is on the record, first one first
 * @param notes the analysts' notes, oldest first
 * @param closure why the case is closed, or null while it is open
 * @param archivedAt when retention archived the record, or null
 */
public record PoiCase(
        PersonOfInterestView person,
        String origin,
        String decidedBy,
        String decisionReason,
        List<AccountLink> accounts,
        List<Note> notes,
        Closure closure,
        Instant archivedAt) {

    public PoiCase {
        accounts = List.copyOf(accounts);
        notes = List.copyOf(notes);
    }

    public long id() {
        return person.id();
    }

    public String status() {
        return person.status();
    }

    /**
     * One account of the record and how it got there.
     *
     * @param linkedBy who linked it, or null for the account the record was created from
     * @param reason why it was linked, or null for the first account
     */
    public record AccountLink(
            String key,
            String platform,
            String handle,
            String name,
            String url,
            String linkedBy,
            String reason,
            Instant linkedAt) {}

    /** One analyst note. */
    public record Note(long id, String author, String text, Instant at) {}

    /**
     * Why a case is closed.
     *
     * @param reason {@link PoiCasework.CloseReason} name
     * @param label the reason in words
     * @param text the analyst's explanation (required for OTHER)
     */
    public record Closure(String reason, String label, String text, String by, Instant at) {}
}

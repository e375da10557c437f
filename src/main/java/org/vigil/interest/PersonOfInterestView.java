package org.vigil.interest;

import java.time.Instant;
import java.util.List;

/**
 * A person of interest as the API shows it.
 *
 * @param accounts the accounts, each as {@code platform:handle}
 * @param missionIds the missions it targets, directly or through their people (within the reader's need-to-know)
 * @param personIds the protected people it targets (within the reader's need-to-know)
 * @param languages the languages of its items, most used first
 * @param highestLevel the highest threat level among its items
 * @param escalationLevel the level its warning behaviours put it at (NONE until assessed)
 * @param escalationScore the score behind that level, 0 to 100
 * @param timeline its items, oldest first; null in the list
 */
public record PersonOfInterestView(
        long id,
        String displayName,
        String status,
        List<Account> accounts,
        Instant firstSeen,
        Instant lastSeen,
        List<String> missionIds,
        List<String> personIds,
        List<String> languages,
        int itemCount,
        String highestLevel,
        String escalationLevel,
        double escalationScore,
        List<TimelineItem> timeline) {

    /** One account of the person. */
    public record Account(String platform, String handle, String key, String name, String url, Instant firstSeen) {}

    /** One signal of the person, with its level; the signal itself is at {@code /api/v1/signals/{signalId}}. */
    public record TimelineItem(long signalId, String account, String level, String language, Instant detectedAt) {}
}

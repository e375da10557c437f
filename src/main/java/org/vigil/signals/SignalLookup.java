package org.vigil.signals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;

/**
 * Read access to stored signals for the modules that weigh them (risk, alerts, briefings). Not scoped: these
 * callers act for the system and apply need-to-know themselves when they show what they read.
 */
public interface SignalLookup {

    Optional<SignalSummary> byId(long signalId);

    /**
     * Signals linked to a mission (targeted, or through a linked person) and detected in {@code [from, to)},
     * dismissed ones excluded, highest level first, then newest.
     */
    List<SignalSummary> forMission(String missionId, Instant from, Instant to, int limit);

    /**
     * How many signals linked to a mission, detected in {@code [from, to)} and not dismissed, are at or above a
     * level: a count in the database, for tests over long windows (the surge baseline) that need no rows.
     */
    long count(String missionId, Instant from, Instant to, ThreatLevel minLevel);

    /**
     * Signals linked to a person and detected in {@code [from, to)}, dismissed ones excluded, newest first, with
     * their whole text and the time the item was written: for the appearances, which read what a signal says about
     * a venue, an event or a date.
     */
    List<SignalText> forPerson(String personId, Instant from, Instant to, int limit);

    /**
     * Who wrote a signal's item and whom it targets: what persons of interest are built from. Empty when the signal
     * does not exist; {@link AuthoredSignal#author()} is null when the item carries no author.
     */
    Optional<AuthoredSignal> authored(long signalId);

    /**
     * The items of one account (its normalised platform and handle, as stored on the item; an empty platform means
     * none), written at or after {@code from}, oldest first, at most {@code limit}: every item, quiet ones and LOW
     * ones included, with its signal when it has one. Near-duplicates of another item are left out. What a person
     * of interest's warning behaviours are read from; not scoped (the caller shows only what its reader may read).
     */
    List<AuthoredItem> byAuthor(String platform, String handle, Instant from, int limit);

    /**
     * One item of an account.
     *
     * @param signalId its signal, or null for a quiet item (or one not analysed yet)
     * @param level its signal's level, NONE without a signal
     * @param inReplyTo the account the item answers, as written, or null
     * @param repliedToPeople the protected people whose account the item answers
     * @param linkedMissionIds the missions its signal is linked to (who may read it)
     * @param linkedPeople the people its signal names or targets
     * @param targetedMissionIds the missions its signal targets
     * @param targetedPeople the people its signal targets
     * @param writtenAt when the item says it was written, else when it arrived
     */
    record AuthoredItem(
            long itemId,
            Long signalId,
            String text,
            String language,
            ThreatLevel level,
            List<ThreatCategory> categories,
            String status,
            String inReplyTo,
            Set<String> repliedToPeople,
            Set<String> linkedMissionIds,
            Set<String> linkedPeople,
            Set<String> targetedMissionIds,
            Set<String> targetedPeople,
            Instant writtenAt) {

        public AuthoredItem {
            categories = List.copyOf(categories);
            repliedToPeople = Set.copyOf(repliedToPeople);
            linkedMissionIds = Set.copyOf(linkedMissionIds);
            linkedPeople = Set.copyOf(linkedPeople);
            targetedMissionIds = Set.copyOf(targetedMissionIds);
            targetedPeople = Set.copyOf(targetedPeople);
        }
    }

    /**
     * The non-quiet signals whose item one account wrote (platform and handle as {@link org.vigil.shared.Author}
     * normalises them), oldest first, at most {@code limit}: what an analyst's decision or a linked account brings
     * onto a person of interest's timeline.
     */
    List<Long> signalsBy(String platform, String handle, int limit);

    /** How many items one account wrote, quiet ones included: whether Vigil knows the account at all. */
    long itemsBy(String platform, String handle);

    /**
     * @param author the item's normalised author, or null
     * @param linkedMissionIds every mission the signal is linked to (targeted or mentioned, and the missions of
     *        linked people): who may read the signal
     * @param targetedMissionIds the missions the signal targets (not those it only mentions)
     * @param targetedPeople the people it targets, each with the mission they belong to (null for people of no
     *        mission)
     * @param detectedAt when the signal was stored
     */
    record AuthoredSignal(
            long signalId,
            org.vigil.shared.Author author,
            String language,
            ThreatLevel level,
            String status,
            Set<String> linkedMissionIds,
            Set<String> targetedMissionIds,
            java.util.Map<String, Optional<String>> targetedPeople,
            Instant detectedAt) {

        public AuthoredSignal {
            linkedMissionIds = Set.copyOf(linkedMissionIds);
            targetedMissionIds = Set.copyOf(targetedMissionIds);
            targetedPeople = java.util.Map.copyOf(targetedPeople);
        }
    }

    /**
     * A signal with its whole text.
     *
     * @param writtenAt when the item says it was written (its published date), or when it arrived when it says
     *        nothing readable: what relative dates in the text are resolved against
     */
    record SignalText(SignalSummary summary, String text, Instant writtenAt) {}

    /**
     * @param reliability the source's Admiralty grade, A (completely reliable) to F (cannot be judged)
     * @param confidence how sure the engine is that the signal is about its targets (the best confidence of the
     *        target's mention, 0 to 1)
     * @param targetsMission whether the signal targets the mission asked about, not only mentions it ({@link #byId}:
     *        whether it targets any mission)
     * @param excerpt the start of the text, at most 300 characters
     * @param status NEW, CONFIRMED, DISMISSED or ESCALATED
     */
    record SignalSummary(
            long id,
            String sourceId,
            char reliability,
            String language,
            ThreatLevel level,
            double score,
            List<ThreatCategory> categories,
            double confidence,
            boolean targetsMission,
            Set<String> missionIds,
            Set<String> personIds,
            String excerpt,
            String status,
            Instant detectedAt) {

        public SignalSummary {
            categories = List.copyOf(categories);
            missionIds = Set.copyOf(missionIds);
            personIds = Set.copyOf(personIds);
        }
    }
}

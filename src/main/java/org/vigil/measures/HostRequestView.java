package org.vigil.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request to the host state for protection, with the note's content and its tracking.
 *
 * @param personOfInterestId the person of interest the request concerns (its case file), or null
 * @param accounts that person's accounts as the note names them, kept as they were when the note was drafted
 */
public record HostRequestView(
        long id,
        String missionId,
        Long measureId,
        NoteLanguage language,
        String reference,
        LocalDate noteDate,
        String threat,
        List<String> measuresAsked,
        List<String> persons,
        HostRequestStatus status,
        LocalDate sentOn,
        LocalDate acknowledgedOn,
        LocalDate measuresTakenOn,
        LocalDate liftedOn,
        String hostMeasures,
        String createdBy,
        Instant createdAt,
        List<Step> steps,
        int version,
        Long personOfInterestId,
        List<String> accounts) {

    public HostRequestView {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        measuresAsked = List.copyOf(measuresAsked);
        persons = List.copyOf(persons);
        steps = List.copyOf(steps);
    }

    /** One step of the tracking: the status reached, on which date, by whom, with a note. */
    public record Step(Instant at, LocalDate on, String actor, HostRequestStatus status, String note) {}
}

package org.vigil.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;

/**
 * What a note verbale is drafted from: the mission, the language, the threat in a few sentences, the measures asked
 * of the host state, the people threatened (registry ids), and optionally the HOST_STATE_REQUEST measure it carries
 * out, a reference number, the date of the note (today by default) and the person of interest whose accounts the
 * note names (optional).
 */
public record HostRequestCommand(
        String missionId,
        Long measureId,
        NoteLanguage language,
        String threat,
        List<String> measuresAsked,
        List<String> personIds,
        String reference,
        LocalDate noteDate,
        Long personOfInterestId) {

    /** A request that concerns no person of interest. */
    public HostRequestCommand(
            String missionId,
            Long measureId,
            NoteLanguage language,
            String threat,
            List<String> measuresAsked,
            List<String> personIds,
            String reference,
            LocalDate noteDate) {
        this(missionId, measureId, language, threat, measuresAsked, personIds, reference, noteDate, null);
    }

    public HostRequestCommand {
        missionId = missionId == null || missionId.isBlank() ? null : missionId.strip();
        threat = threat == null || threat.isBlank() ? null : threat.strip();
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        measuresAsked = measuresAsked == null
                ? List.of()
                : measuresAsked.stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .toList();
        personIds = personIds == null
                ? List.of()
                : personIds.stream()
                        .filter(p -> p != null && !p.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    void check(LocalDate today) {
        List<FieldProblem> p = new ArrayList<>();
        if (missionId == null) {
            p.add(new FieldProblem("missionId", "is required: the mission that asks for protection"));
        }
        if (language == null) {
            p.add(new FieldProblem("language", "is required: one of " + List.of(NoteLanguage.values())));
        }
        if (threat == null) {
            p.add(new FieldProblem("threat", "is required: the threat, in a few sentences, in the note's language"));
        } else if (threat.length() > 4000) {
            p.add(new FieldProblem("threat", "is longer than 4000 characters"));
        }
        if (measuresAsked.isEmpty()) {
            p.add(new FieldProblem("measuresAsked", "name at least one measure asked of the host state"));
        } else if (String.join("\n", measuresAsked).length() > 4000) {
            p.add(new FieldProblem("measuresAsked", "are longer than 4000 characters together"));
        }
        if (reference != null && reference.length() > 100) {
            p.add(new FieldProblem("reference", "is longer than 100 characters"));
        }
        if (noteDate != null && noteDate.isAfter(today.plusDays(30))) {
            p.add(new FieldProblem("noteDate", "is more than 30 days ahead (" + noteDate + ")"));
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
    }
}

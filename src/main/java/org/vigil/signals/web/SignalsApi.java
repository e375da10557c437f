package org.vigil.signals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.signals.SignalDetail;
import org.vigil.signals.SignalFilter;
import org.vigil.signals.SignalView;
import org.vigil.signals.Signals;

/** The signals API: list, count, read and triage, each under need-to-know (see {@link Signals}). */
@RestController
@Tag(name = "Signals")
class SignalsApi {

    private final Signals signals;

    SignalsApi(Signals signals) {
        this.signals = signals;
    }

    @GetMapping("/api/v1/signals")
    @Operation(
            summary = "List signals",
            description = "Newest first. level is a minimum; from/to are UTC days of "
                    + "detection, inclusive; q searches the item text.")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "the query keeps only signals linked to the caller's missions")
    PageResult<SignalView> signals(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) ThreatLevel level,
            @RequestParam(required = false) ThreatCategory category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return signals.list(
                Scope.current(),
                new SignalFilter(missionId, personId, level, category, language, from, to, q),
                new PageRequest(page, size));
    }

    @GetMapping("/api/v1/signals/count")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "counts only signals linked to the caller's missions")
    Count countSignals(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) ThreatLevel level,
            @RequestParam(required = false) ThreatCategory category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String q) {
        return new Count(signals.count(
                Scope.current(), new SignalFilter(missionId, personId, level, category, language, from, to, q)));
    }

    record Count(long count) {}

    @GetMapping("/api/v1/signals/{id}")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "a signal linked to none of the caller's missions is 404")
    SignalDetail signal(@PathVariable long id) {
        return signals.get(Scope.current(), id);
    }

    @PostMapping("/api/v1/signals/{id}/triage")
    @Operation(summary = "Confirm, dismiss (reason required) or escalate a signal")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "HQ, or the officer of a linked mission; 404 outside the scope")
    SignalDetail triage(@PathVariable long id, @RequestBody Signals.Triage triage) {
        return signals.triage(Scope.current(), id, triage);
    }
}

package org.vigil.alerts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Scope;
import org.vigil.shared.web.FormValues;

/** Alerts over the API: the caller's alerts (scoped in the query), their lifecycle, and the CAP 1.2 feed. */
@RestController
@RequestMapping("/api/v1/alerts")
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "alerts are read and changed through the caller's scope; " + "an alert outside it is a 404")
class AlertsApiController {

    private final AlertQueries queries;
    private final AlertDesk desk;
    private final CapFeed cap;
    private final Clock clock;

    AlertsApiController(AlertQueries queries, AlertDesk desk, CapFeed cap, Clock clock) {
        this.queries = queries;
        this.desk = desk;
        this.cap = cap;
        this.clock = clock;
    }

    @GetMapping
    PageResult<Map<String, Object>> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long rule,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication auth) {
        AlertQueries.Filter filter = new AlertQueries.Filter(
                status(status),
                AlertRule.level("level", level),
                FormValues.blankToNull(mission),
                rule,
                mine ? auth.getName() : null);
        return queries.list(Scope.current(), filter, new PageRequest(page, size))
                .map(AlertQueries::json);
    }

    /** The alerts the same filters select, as CSV for a spreadsheet (at most 10,000, newest first). */
    @GetMapping(value = "/export.csv", produces = org.vigil.shared.web.Csv.MEDIA_TYPE)
    org.springframework.http.ResponseEntity<String> export(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) Long rule,
            @RequestParam(defaultValue = "false") boolean mine,
            Authentication auth) {
        AlertQueries.Filter filter = new AlertQueries.Filter(
                status(status),
                AlertRule.level("level", level),
                FormValues.blankToNull(mission),
                rule,
                mine ? auth.getName() : null);
        return AlertPagesController.csvFile(queries.csv(Scope.current(), filter), clock);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id) {
        AlertQueries.Detail d = queries.detail(Scope.current(), id);
        Map<String, Object> m = new LinkedHashMap<>(AlertQueries.json(d.alert()));
        m.put("events", d.events());
        m.put("recipients", d.recipients());
        m.put("deliveries", d.deliveries());
        return m;
    }

    /** Several alerts acknowledged at once: {"ids": [..]}; the answer says which were and which were left, why. */
    @PostMapping("/acknowledge")
    Map<String, Object> acknowledgeMany(
            @org.springframework.web.bind.annotation.RequestBody BulkIds body, Authentication auth) {
        if (body == null || body.ids() == null || body.ids().isEmpty()) {
            throw new org.vigil.shared.InvalidInputException("ids", "list the ids of the alerts to acknowledge");
        }
        AlertPagesController.BulkResult r =
                AlertPagesController.bulkAcknowledge(desk, Scope.current(), body.ids(), auth.getName());
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("acknowledged", r.acknowledged());
        out.put("skipped", r.skipped());
        return out;
    }

    record BulkIds(List<Long> ids) {}

    @PostMapping("/{id}/acknowledge")
    Map<String, Object> acknowledge(@PathVariable long id, Authentication auth) {
        return AlertQueries.json(desk.acknowledge(Scope.current(), id, auth.getName()));
    }

    @PostMapping("/{id}/resolve")
    Map<String, Object> resolve(@PathVariable long id, Authentication auth) {
        return AlertQueries.json(desk.resolve(Scope.current(), id, auth.getName()));
    }

    record Assignment(String assignee) {}

    @PostMapping("/{id}/assign")
    Map<String, Object> assign(@PathVariable long id, @RequestBody Assignment body, Authentication auth) {
        return AlertQueries.json(
                desk.assign(Scope.current(), id, body == null ? null : body.assignee(), auth.getName()));
    }

    /** The CAP 1.2 feed of the caller's alerts (or one mission's), newest first, as Atom. */
    @GetMapping(value = "/cap", produces = "application/atom+xml")
    ResponseEntity<String> capFeed(
            @RequestParam(required = false) String mission, @RequestParam(defaultValue = "100") int size) {
        Scope scope = Scope.current();
        String m = FormValues.blankToNull(mission);
        if (m != null && !scope.permits(m)) {
            throw new NotFoundException("mission", m);
        }
        List<AlertQueries.AlertView> alerts = queries
                .list(scope, new AlertQueries.Filter(null, null, m, null, null), new PageRequest(0, size))
                .items()
                .stream()
                .sorted((a, b) -> b.lastAt().compareTo(a.lastAt()))
                .toList();
        String name = m != null ? m : scope.unrestricted() ? "all" : String.join("+", scope.sortedMissionIds());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(cap.atom(scope, name, alerts, clock.instant()));
    }

    static AlertStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status", "'" + status + "' is not a status: use NEW, ACKNOWLEDGED or " + "RESOLVED");
        }
    }
}

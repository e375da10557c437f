package org.vigil.signals.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.vigil.analysis.ThreatCategory;
import org.vigil.analysis.ThreatLevel;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonView;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;
import org.vigil.shared.web.FormValues;
import org.vigil.shared.web.PageText;
import org.vigil.shared.web.Pages;
import org.vigil.signals.SignalDetail;
import org.vigil.signals.SignalFilter;
import org.vigil.signals.SignalView;
import org.vigil.signals.Signals;
import tools.jackson.databind.JsonNode;

/**
 * The signal list (the API's filters, live through htmx) and a signal's page: the item's text with the evidence
 * marked, whom it mentions and targets, places, the source and its reliability, and the triage form for those
 * allowed. Every read goes through {@link Signals} with {@code Scope.current()}: a signal outside the caller's
 * missions is absent from the list and a 404 by address.
 */
@Controller
@RequestMapping("/signals")
@NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "reads and triage go through Signals with Scope.current()")
class SignalPages {

    private final Signals signals;
    private final Missions missions;
    private final People people;

    SignalPages(Signals signals, Missions missions, People people) {
        this.signals = signals;
        this.missions = missions;
        this.people = people;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String missionId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-Boosted", required = false) String boosted,
            Model model) {
        Scope scope = Scope.current();
        String text = FormValues.blankToNull(q);
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        SignalFilter filter = new SignalFilter(
                FormValues.blankToNull(missionId),
                FormValues.blankToNull(personId),
                FormValues.enumOrNull(ThreatLevel.class, level),
                FormValues.enumOrNull(ThreatCategory.class, category),
                FormValues.blankToNull(language),
                Pages.dateOrNull(from),
                Pages.dateOrNull(to),
                text);
        Signals.Order order = "newest".equalsIgnoreCase(sort) ? Signals.Order.NEWEST : Signals.Order.SEVERITY;
        PageResult<SignalView> result =
                signals.list(scope, filter, new PageRequest(Pages.pageNumber(page), Pages.PAGE_SIZE), order);
        List<MissionView> visibleMissions = missions.all(scope);
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("missions", visibleMissions);
        model.addAttribute(
                "missionNames",
                visibleMissions.stream().collect(Collectors.toMap(MissionView::id, MissionView::name, (a, b) -> a)));
        model.addAttribute("people", people.all(scope));
        model.addAttribute("levels", ThreatLevel.values());
        model.addAttribute("categories", ThreatCategory.values());
        model.addAttribute(
                "filtered",
                filter.missionId() != null
                        || filter.personId() != null
                        || filter.level() != null
                        || filter.category() != null
                        || filter.language() != null
                        || filter.from() != null
                        || filter.to() != null
                        || text != null);
        String query = query(filter);
        String sortQuery = order == Signals.Order.NEWEST ? "sort=newest" : "";
        model.addAttribute("sort", order.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute(
                "query", query.isEmpty() ? sortQuery : sortQuery.isEmpty() ? query : query + "&" + sortQuery);
        model.addAttribute("exportQuery", query.isEmpty() ? "" : "?" + query);
        model.addAttribute("canTriage", Pages.hq() || Pages.hasAnyRole(Role.MISSION_OFFICER));
        return htmx != null && boosted == null ? "signals/list :: results" : "signals/list";
    }

    private static String query(SignalFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        add(b, "missionId", f.missionId());
        add(b, "personId", f.personId());
        add(b, "level", f.level());
        add(b, "category", f.category());
        add(b, "language", f.language());
        add(b, "from", f.from());
        add(b, "to", f.to());
        add(b, "q", f.q());
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder b, String name, Object value) {
        if (value != null) {
            b.queryParam(name, value.toString());
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return show(parse(id), model, null);
    }

    private String show(long id, Model model, String triageError) {
        Scope scope = Scope.current();
        SignalDetail detail;
        try {
            detail = signals.get(scope, id);
        } catch (NotFoundException e) {
            throw new Pages.NotFound("signal", Long.toString(id));
        }
        Signals.Targets targets = signals.targets(scope, id);
        Set<String> visiblePeople = Set.copyOf(detail.signal().personIds());
        List<Mentioned> mentioned = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        if (detail.mentions() != null && detail.mentions().isArray()) {
            for (JsonNode m : detail.mentions()) {
                String entity = m.path("entityId").asString("");
                String type = m.path("type").asString("");
                // mentions of entities outside the caller's scope are not named (the text itself is shown as is)
                boolean visible = "MISSION".equals(type) ? scope.permits(entity) : visiblePeople.contains(entity);
                if (visible) {
                    spans.add(
                            new int[] {m.path("start").asInt(-1), m.path("end").asInt(-1)});
                    mentioned.add(new Mentioned(
                            entity,
                            type,
                            m.path("text").asString(""),
                            m.path("confidence").asDouble(0)));
                }
            }
        }
        List<Placed> places = new ArrayList<>();
        if (detail.places() != null && detail.places().isArray()) {
            for (JsonNode p : detail.places()) {
                places.add(new Placed(
                        p.path("text").asString(""), p.path("country").asString("")));
            }
        }
        Map<String, String> missionNames = new LinkedHashMap<>();
        for (String m : detail.signal().missionIds()) {
            missionNames.put(m, missions.find(scope, m).map(MissionView::name).orElse(m));
        }
        Map<String, String> personNames = new LinkedHashMap<>();
        for (String p : detail.signal().personIds()) {
            personNames.put(p, people.find(scope, p).map(PersonView::name).orElse(p));
        }
        Signals.SourceLabel source = signals.source(detail.signal().sourceId()).orElse(null);
        boolean canTriage = Pages.hq()
                || (Pages.hasAnyRole(Role.MISSION_OFFICER)
                        && detail.signal().missionIds().stream().anyMatch(scope::permits));
        model.addAttribute("signal", detail.signal());
        model.addAttribute("detail", detail);
        model.addAttribute("runs", Highlights.runs(detail.text(), detail.evidence(), spans));
        model.addAttribute("evidence", evidenceTexts(detail.evidence()));
        model.addAttribute("mentioned", mentioned);
        model.addAttribute("targets", targets);
        model.addAttribute("places", places);
        model.addAttribute("missionNames", missionNames);
        model.addAttribute("personNames", personNames);
        model.addAttribute("source", source);
        model.addAttribute("canTriage", canTriage);
        model.addAttribute("triageError", triageError);
        return "signals/show";
    }

    private static List<String> evidenceTexts(JsonNode evidence) {
        List<String> texts = new ArrayList<>();
        if (evidence != null && evidence.isArray()) {
            for (JsonNode e : evidence) {
                texts.add(e.path("text").asString(""));
            }
        }
        return texts;
    }

    /** A protected person or mission named in the text. */
    public record Mentioned(String entityId, String type, String text, double confidence) {}

    /** A place named in the text. */
    public record Placed(String text, String country) {}

    /**
     * Triage of the signals ticked in the list, all with one decision (and one reason, required to dismiss). Each
     * signal is triaged and audited on its own, as from its page; one the caller may not triage is reported, not
     * hidden, and the others are still done.
     */
    @PostMapping("/bulk-triage")
    String bulkTriage(
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        Signals.Action chosen = FormValues.enumOrNull(Signals.Action.class, action);
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("bulkError", PageText.of("flash.signals.tickFirst"));
            return "redirect:/signals";
        }
        if (chosen == null) {
            flash.addFlashAttribute("bulkError", PageText.of("flash.signals.chooseAction"));
            return "redirect:/signals";
        }
        if (chosen == Signals.Action.DISMISS && (reason == null || reason.isBlank())) {
            flash.addFlashAttribute("bulkError", PageText.of("flash.signals.sayWhy"));
            return "redirect:/signals";
        }
        Scope scope = Scope.current();
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (String raw : new java.util.LinkedHashSet<>(ids)) {
            long id = parse(raw);
            try {
                signals.triage(scope, id, new Signals.Triage(chosen, reason, null));
                done++;
            } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
                refused.add(Long.toString(id));
            }
        }
        String verb = "flash.signals." + chosen.name();
        flash.addFlashAttribute(
                "flash",
                refused.isEmpty()
                        ? PageText.of("flash.signals.bulkDone", done, PageText.of(verb))
                        : PageText.of(
                                "flash.signals.bulkDoneRefused", done, PageText.of(verb), String.join(", ", refused)));
        return "redirect:/signals";
    }

    @PostMapping("/{id}/triage")
    String triage(
            @PathVariable String id,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes flash) {
        long signalId = parse(id);
        Signals.Action chosen = FormValues.enumOrNull(Signals.Action.class, action);
        try {
            signals.triage(Scope.current(), signalId, new Signals.Triage(chosen, reason, note));
        } catch (NotFoundException e) {
            throw new Pages.NotFound("signal", id);
        } catch (InvalidInputException e) {
            model.addAttribute("reason", reason);
            model.addAttribute("note", note);
            return show(
                    signalId, model, e.problems().stream().map(p -> p.reason()).collect(Collectors.joining("; ")));
        }
        flash.addFlashAttribute(
                "flash",
                PageText.of(
                        "flash.signal.done", Long.toString(signalId), PageText.of("flash.signals." + chosen.name())));
        return "redirect:/signals/" + signalId;
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new Pages.NotFound("signal", id);
        }
    }
}

package org.vigil.appearances;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.registry.Countries;
import org.vigil.registry.MissionView;
import org.vigil.registry.Missions;
import org.vigil.registry.People;
import org.vigil.registry.PersonStatus;
import org.vigil.registry.PersonView;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.Actor;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Role;
import org.vigil.shared.Scope;

/**
 * The appearances pages: the month and week calendar coloured by risk (with the list beneath), an appearance's
 * page with its risk and evidence, the advance checklist, and the signals that point at it, and the form that
 * records or corrects one (for the writers of the mission: its officers and HQ). The form goes through
 * {@link Appearances}, the same rules and audit as the API; a refused form shows each problem at its field and
 * saves nothing.
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "every read goes through Appearances with Scope.current(); writes check the caller's scope")
class AppearancePages {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** A day cell of the calendar. */
    record Day(LocalDate date, boolean inMonth, List<AppearanceSummary> appearances) {}

    private final Appearances appearances;
    private final Missions missions;
    private final People people;
    private final Countries countries;

    AppearancePages(Appearances appearances, Missions missions, People people, Countries countries) {
        this.appearances = appearances;
        this.missions = missions;
        this.people = people;
        this.countries = countries;
    }

    @GetMapping("/appearances")
    String calendar(
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String week,
            Model model) {
        model.addAttribute("mayRecord", mayWrite());
        if ("week".equals(view) || week != null && !week.isBlank()) {
            return week(week, mission, model);
        }
        YearMonth ym;
        try {
            ym = month == null || month.isBlank() ? YearMonth.now(ZoneOffset.UTC) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            ym = YearMonth.now(ZoneOffset.UTC);
        }
        LocalDate first = ym.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = ym.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<AppearanceSummary> list = appearances.list(
                Scope.current(),
                new Appearances.Filter(
                        mission == null || mission.isBlank() ? null : mission,
                        null,
                        first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                1000);
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(7)) {
            List<Day> row = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                LocalDate day = d.plusDays(k);
                row.add(new Day(
                        day,
                        YearMonth.from(day).equals(ym),
                        list.stream()
                                .filter(a -> LocalDate.ofInstant(a.startsAt(), ZoneId.of(a.timeZone()))
                                        .equals(day))
                                .toList()));
            }
            weeks.add(row);
        }
        model.addAttribute("month", ym);
        model.addAttribute(
                "monthName",
                ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear());
        model.addAttribute("previous", ym.minusMonths(1).toString());
        model.addAttribute("next", ym.plusMonths(1).toString());
        model.addAttribute("weeks", weeks);
        model.addAttribute("list", list);
        model.addAttribute("mission", mission);
        model.addAttribute(
                "from", first.atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        model.addAttribute(
                "to", last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        model.addAttribute("pages", this);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("weekOf", (YearMonth.from(today).equals(ym) ? today : ym.atDay(1)).toString());
        return "appearances/calendar";
    }

    /** The week view: Monday to Sunday, each day's appearances at their venue's local time, in their risk's colour. */
    private String week(String week, String mission, Model model) {
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(week.strip());
        } catch (DateTimeParseException e) {
            day = LocalDate.now(ZoneOffset.UTC);
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        // a venue's local day can begin up to 14 hours before or after UTC's: read a day more on each side
        List<AppearanceSummary> around = appearances.list(
                Scope.current(),
                new Appearances.Filter(
                        mission == null || mission.isBlank() ? null : mission,
                        null,
                        monday.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        sunday.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()),
                1000);
        List<Day> days = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            LocalDate d = monday.plusDays(k);
            days.add(new Day(
                    d,
                    true,
                    around.stream()
                            .filter(a -> LocalDate.ofInstant(a.startsAt(), ZoneId.of(a.timeZone()))
                                    .equals(d))
                            .toList()));
        }
        List<AppearanceSummary> list =
                days.stream().flatMap(d -> d.appearances().stream()).toList();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        model.addAttribute("weekName", dayMonth.format(monday) + " \u2013 " + full.format(sunday));
        model.addAttribute("days", days);
        model.addAttribute("list", list);
        model.addAttribute("mission", mission);
        model.addAttribute("previous", monday.minusDays(7).toString());
        model.addAttribute("next", monday.plusDays(7).toString());
        model.addAttribute("month", YearMonth.from(monday).toString());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("pages", this);
        return "appearances/week";
    }

    /** The heading of a day of the week view: "Wednesday 9 December". */
    public String dayName(LocalDate day) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).format(day);
    }

    @GetMapping("/appearances/new")
    String createForm(@RequestParam(required = false) String mission, Model model) {
        requireWriter();
        Scope scope = Scope.current();
        List<PersonView> choices = choices(scope, mission);
        String personId = choices.size() == 1 ? choices.getFirst().id() : null;
        String chosenMission = mission != null && !mission.isBlank()
                ? mission
                : choices.stream().map(PersonView::missionId).findFirst().orElse(null);
        String zone = chosenMission == null
                ? null
                : appearances.usualZone(chosenMission).orElse(null);
        String country = chosenMission == null
                ? null
                : missions.find(scope, chosenMission)
                        .map(MissionView::hostCountry)
                        .orElse(null);
        return form(model, AppearanceForm.empty(personId, zone, country), null, mission);
    }

    @PostMapping("/appearances")
    String create(
            @ModelAttribute("form") AppearanceForm form,
            BindingResult errors,
            @RequestParam(required = false) String mission,
            Model model,
            RedirectAttributes redirect) {
        requireWriter();
        Scope scope = Scope.current();
        // the mission is the person's: an officer chooses among the people of their own missions
        String missionId = form.getPersonId() == null
                ? null
                : people.find(scope, form.getPersonId().strip())
                        .map(PersonView::missionId)
                        .orElse(null);
        if (form.getPersonId() != null && !form.getPersonId().isBlank() && missionId == null) {
            errors.rejectValue(
                    "personId", "invalid", "is not a protected person of your missions; choose one from the list");
        }
        AppearanceCommand command = form.toCommand(missionId, errors);
        if (!errors.hasErrors()) {
            try {
                AppearanceView created = appearances.create(command);
                redirect.addFlashAttribute("flash", "Appearance \u2018" + created.title() + "\u2019 recorded.");
                return "redirect:/appearances/" + created.id();
            } catch (InvalidInputException e) {
                AppearanceForm.reject(errors, e.problems());
            } catch (ActionRefused e) {
                errors.reject("refused", e.getMessage());
            }
        }
        return form(model, form, null, mission);
    }

    @GetMapping("/appearances/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireWriter();
        AppearanceView a = appearances.find(Scope.current(), id).orElseThrow(() -> Appearances.notFound(id));
        return form(model, AppearanceForm.of(a), a, null);
    }

    @PostMapping("/appearances/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") AppearanceForm form,
            BindingResult errors,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        requireWriter();
        AppearanceView a = appearances.find(Scope.current(), id).orElseThrow(() -> Appearances.notFound(id));
        AppearanceCommand command = form.toCommand(a.missionId(), errors);
        if (version != null && version != a.version()) {
            errors.reject(
                    "conflict",
                    "Someone else changed this appearance while you were editing it (last at " + day(a.updatedAt())
                            + "). Open it again to see their change, then apply yours.");
        }
        if (!errors.hasErrors()) {
            try {
                AppearanceView updated = appearances.update(id, command);
                redirect.addFlashAttribute("flash", "Appearance \u2018" + updated.title() + "\u2019 saved.");
                return "redirect:/appearances/" + id;
            } catch (InvalidInputException e) {
                AppearanceForm.reject(errors, e.problems());
            } catch (ConflictException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return form(model, form, a, null);
    }

    private String form(Model model, AppearanceForm form, AppearanceView editing, String mission) {
        Scope scope = Scope.current();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("mission", mission);
        model.addAttribute("people", editing == null ? choices(scope, mission) : choices(scope, editing.missionId()));
        model.addAttribute(
                "missionNames",
                missions.all(scope).stream()
                        .collect(java.util.stream.Collectors.toMap(MissionView::id, MissionView::name, (x, y) -> x)));
        model.addAttribute("kinds", AppearanceKind.values());
        model.addAttribute("publicities", Publicity.values());
        List<java.util.Map.Entry<String, String>> byName =
                new ArrayList<>(countries.namesByCode().entrySet());
        byName.sort(java.util.Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER));
        model.addAttribute("countries", byName);
        model.addAttribute("zones", ZONES);
        model.addAttribute(
                "venues",
                appearances.knownVenues(
                        scope,
                        editing == null
                                ? (mission == null || mission.isBlank() ? null : mission)
                                : editing.missionId()));
        model.addAttribute("pages", this);
        return "appearances/form";
    }

    /** The region-based IANA zones (Europe/Istanbul), as the time zone field offers them. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted()
            .toList();

    /** The protected people an appearance may be recorded for: the active people of the caller's missions. */
    private List<PersonView> choices(Scope scope, String mission) {
        return people.all(scope).stream()
                .filter(p -> p.missionId() != null && scope.permits(p.missionId()))
                .filter(p -> mission == null || mission.isBlank() || mission.equals(p.missionId()))
                .filter(p -> p.status() == PersonStatus.ACTIVE)
                .sorted(java.util.Comparator.comparing(PersonView::name))
                .toList();
    }

    /** Whether the signed-in user may record and correct appearances (and work the checklist). */
    static boolean mayWrite() {
        return Actor.current().hasAnyRole(Role.WRITERS);
    }

    private static void requireWriter() {
        if (!mayWrite()) {
            throw new AccessDeniedException(
                    "only the mission's officers and HQ record or correct appearances; you may read them");
        }
    }

    @GetMapping("/appearances/{id}")
    String show(@PathVariable long id, Model model) {
        AppearanceView a = appearances.read(Scope.current(), id);
        model.addAttribute("a", a);
        model.addAttribute("pages", this);
        model.addAttribute("statuses", CheckStatus.values());
        model.addAttribute("hostRequest", appearances.hostRequestText(a));
        model.addAttribute("hostRequestForm", appearances.hostRequestForm(a));
        model.addAttribute("mayEdit", mayWrite() && Scope.current().permits(a.missionId()));
        model.addAttribute("dueDates", dueDates(a));
        return "appearances/show";
    }

    @PostMapping("/appearances/{id}/checklist/{item}")
    String check(
            @PathVariable long id,
            @PathVariable CheckItem item,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String due,
            RedirectAttributes redirect) {
        AppearanceView a = appearances.find(Scope.current(), id).orElseThrow(() -> Appearances.notFound(id));
        try {
            CheckStatus s = status == null || status.isBlank() ? null : CheckStatus.valueOf(status);
            Instant dueAt = null;
            if (due != null && !due.isBlank()) {
                try {
                    dueAt = java.time.LocalDateTime.parse(due.strip().replace(' ', 'T'))
                            .atZone(ZoneId.of(a.timeZone()))
                            .toInstant();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(
                            "due",
                            "\u201c" + due.strip() + "\u201d is not a date and time: give the local time at the"
                                    + " venue, such as 2026-12-08T12:00");
                }
            }
            appearances.changeCheck(
                    id, item, new Appearances.CheckChange(owner == null ? null : owner, dueAt, s, null));
            redirect.addFlashAttribute("flash", item.label() + ": saved.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "error",
                    item.label() + " was not saved: "
                            + e.problems().stream()
                                    .map(p -> p.field() + " " + p.reason())
                                    .collect(java.util.stream.Collectors.joining("; ")));
        } catch (ConflictException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", item.label() + " was not saved: " + e.getMessage());
        }
        return "redirect:/appearances/" + id;
    }

    /** Each item's due date as the local time at the venue, for the date field of the checklist. */
    private static java.util.Map<CheckItem, String> dueDates(AppearanceView a) {
        java.util.Map<CheckItem, String> due = new java.util.EnumMap<>(CheckItem.class);
        ZoneId zone = ZoneId.of(a.timeZone());
        for (AppearanceView.Check c : a.checklist()) {
            due.put(
                    c.item(),
                    c.dueAt()
                            .atZone(zone)
                            .toLocalDateTime()
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                            .toString());
        }
        return due;
    }

    @PostMapping("/appearances/{id}/checklist/{item}/measure")
    String propose(@PathVariable long id, @PathVariable CheckItem item, RedirectAttributes redirect) {
        try {
            appearances.proposeMeasure(id, item, null);
            redirect.addFlashAttribute("flash", item.label() + ": carried out as a measure of the workflow.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appearances/" + id;
    }

    /** The local time at the venue, in words. */
    public String local(Instant at, String zone) {
        return WHEN.format(at.atZone(ZoneId.of(zone))) + " (" + zone.replace('_', ' ') + ")";
    }

    /** The time at the venue, hours and minutes. */
    public String time(Instant at, String zone) {
        return TIME.format(at.atZone(ZoneId.of(zone)));
    }

    /** The date in words, without the time. */
    public String day(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                .format(at.atZone(ZoneOffset.UTC));
    }

    /** The CSS class of a risk level's badge. */
    public String badge(org.vigil.risk.RiskLevel level) {
        return level == null ? "level-none" : "level-" + level.name().toLowerCase(Locale.ROOT);
    }

    /** A factor's name in words. */
    public String factor(String name) {
        return switch (name) {
            case AppearanceRisk.MISSION -> "The mission's risk";
            case AppearanceRisk.COUNTRY -> "The country's risk";
            case AppearanceRisk.THREATS -> "Threats pointing at it";
            case AppearanceRisk.CONFLICT -> "Conflict events near the venue";
            case AppearanceRisk.PUBLICITY -> "Publicity";
            case AppearanceRisk.CROWD -> "Crowd size";
            case AppearanceRisk.IMMINENCE -> "How soon";
            default -> name;
        };
    }
}

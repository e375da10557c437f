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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;

/**
 * The appearances pages: the month calendar coloured by risk (with the list of the month beneath), and an
 * appearance's page with its risk and evidence, the advance checklist, and the signals that point at it.
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

    AppearancePages(Appearances appearances) {
        this.appearances = appearances;
    }

    @GetMapping("/appearances")
    String calendar(
            @RequestParam(required = false) String month, @RequestParam(required = false) String mission, Model model) {
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
            List<Day> week = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                LocalDate day = d.plusDays(k);
                week.add(new Day(
                        day,
                        YearMonth.from(day).equals(ym),
                        list.stream()
                                .filter(a -> LocalDate.ofInstant(a.startsAt(), ZoneId.of(a.timeZone()))
                                        .equals(day))
                                .toList()));
            }
            weeks.add(week);
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
        return "appearances/calendar";
    }

    @GetMapping("/appearances/{id}")
    String show(@PathVariable long id, Model model) {
        AppearanceView a = appearances.read(Scope.current(), id);
        model.addAttribute("a", a);
        model.addAttribute("pages", this);
        model.addAttribute("statuses", CheckStatus.values());
        model.addAttribute("hostRequest", appearances.hostRequestText(a));
        return "appearances/show";
    }

    @PostMapping("/appearances/{id}/checklist/{item}")
    String check(
            @PathVariable long id,
            @PathVariable CheckItem item,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            RedirectAttributes redirect) {
        try {
            CheckStatus s = status == null || status.isBlank() ? null : CheckStatus.valueOf(status);
            appearances.changeCheck(id, item, new Appearances.CheckChange(owner, null, s, null));
            redirect.addFlashAttribute("flash", item.label() + ": saved.");
        } catch (InvalidInputException | ConflictException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/appearances/" + id;
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

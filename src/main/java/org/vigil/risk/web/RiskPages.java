package org.vigil.risk.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.RiskLevel;
import org.vigil.risk.assess.RiskService;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskViews.MissionRiskView;
import org.vigil.risk.assess.RiskViews.OverrideCommand;
import org.vigil.risk.assess.RiskWords;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;
import org.vigil.shared.web.Labels;
import org.vigil.shared.web.PageText;
import org.vigil.shared.web.Times;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mission's risk page: the level per category with its crosswalk, the factors with their shares and links to the
 * evidence, a trend chart and the history, and for HQ analysts the override form. Read through the caller's scope:
 * another mission's page is "not found".
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "everything is read through RiskService with "
                + "Scope.current(), which reads the mission through Missions.find")
class RiskPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RiskService risk;
    private final Clock clock;
    private final Times times;
    private final Words words;

    RiskPages(RiskService risk, Clock clock, Times times, Labels labels, MessageSource messages) {
        this.risk = risk;
        this.clock = clock;
        this.times = times;
        this.words = new Words(labels, messages);
    }

    /**
     * The words of factor names and categories, for the template, in the page's language (the bundles'
     * risk.factor.* and enum.RiskCategory.*; English from RiskWords when a bundle has none).
     */
    static final class Words {
        private final Labels labels;
        private final MessageSource messages;

        Words(Labels labels, MessageSource messages) {
            this.labels = labels;
            this.messages = messages;
        }

        public String factor(String name) {
            return messages.getMessage(
                    "risk.factor." + name, null, RiskWords.factor(name), LocaleContextHolder.getLocale());
        }

        public String category(RiskCategory category) {
            if (category == null) {
                return messages.getMessage(
                        "risk.category.overall", null, RiskWords.category(null), LocaleContextHolder.getLocale());
            }
            return labels.of(category);
        }
    }

    /** One point of the trend chart. */
    record Point(long at, String series, int score) {}

    @GetMapping("/risk/missions/{id}")
    String mission(@PathVariable String id, @RequestParam(defaultValue = "90") int days, Model model) {
        Scope scope = Scope.current();
        MissionRiskView view = risk.missionRisk(scope, id);
        List<Change> history = risk.history(scope, id, days);
        List<Point> trend = new ArrayList<>();
        List<Change> oldestFirst = new ArrayList<>(history);
        Collections.reverse(oldestFirst);
        for (Change c : oldestFirst) {
            trend.add(new Point(
                    c.at().toEpochMilli(),
                    c.category() == null ? "OVERALL" : c.category().name(),
                    c.toScore()));
        }
        // today's scores close every series, so that a flat line reaches the present
        long now = clock.instant().toEpochMilli();
        trend.add(new Point(now, "OVERALL", view.overall().score()));
        view.categories().forEach(l -> trend.add(new Point(now, l.category().name(), l.score())));
        model.addAttribute("risk", view);
        model.addAttribute("summary", RiskSummary.of(view, history, clock.instant()));
        // the chart's x axis spans the period asked for, so that its ticks fall on distinct days
        model.addAttribute("trendFrom", now - Duration.ofDays(days).toMillis());
        model.addAttribute("trendTo", now);
        model.addAttribute("words", words);
        model.addAttribute("history", history);
        model.addAttribute("trend", JSON.writeValueAsString(trend));
        model.addAttribute("overrides", risk.overrides(scope, id));
        model.addAttribute("analyst", RiskService.isAnalyst());
        model.addAttribute("categories", RiskCategory.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("when", (java.util.function.Function<java.time.Instant, String>) times::utc);
        model.addAttribute("days", days);
        model.addAttribute("now", clock.instant());
        return "risk/mission";
    }

    @PostMapping("/risk/missions/{id}/overrides")
    String override(
            @PathVariable String id,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String justification,
            @RequestParam(defaultValue = "7") int days,
            RedirectAttributes redirect) {
        if (!RiskService.isAnalyst()) {
            throw new AccessDeniedException("overriding a risk level needs an HQ analyst, director or administrator");
        }
        try {
            RiskCategory c = category == null || category.isBlank() || category.equals("OVERALL")
                    ? null
                    : RiskCategory.valueOf(category);
            RiskLevel l = level == null || level.isBlank() ? null : RiskLevel.valueOf(level);
            if (days < 1 || days > 365) {
                throw new InvalidInputException("days", "an override lasts 1 to 365 days");
            }
            risk.override(
                    Scope.current(),
                    id,
                    new OverrideCommand(c, l, justification, clock.instant().plus(Duration.ofDays(days))));
            redirect.addFlashAttribute("flash", PageText.of("flash.risk.overrideRecorded", days));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "overrideErrors",
                    e.problems().stream()
                            .map(p -> p.field() + ": " + p.reason())
                            .toList());
            redirect.addFlashAttribute(
                    "overrideForm",
                    Map.of(
                            "category",
                            category == null ? "" : category,
                            "level",
                            level == null ? "" : level,
                            "justification",
                            justification == null ? "" : justification,
                            "days",
                            days));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("overrideErrors", List.of("choose a category and a level from the lists"));
        }
        return "redirect:/risk/missions/" + id;
    }

    @PostMapping("/risk/missions/{id}/overrides/{overrideId}/revoke")
    String revoke(@PathVariable String id, @PathVariable long overrideId, RedirectAttributes redirect) {
        risk.revoke(Scope.current(), id, overrideId);
        redirect.addFlashAttribute("flash", PageText.of("flash.risk.overrideRevoked"));
        return "redirect:/risk/missions/" + id;
    }
}

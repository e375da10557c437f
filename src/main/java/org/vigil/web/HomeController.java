package org.vigil.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.shared.NeedToKnow;

/**
 * The home page: what awaits the user's decision (read within their scope by each module), then the world map,
 * whose markers come from {@link MapController}.
 */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.MISSION_SCOPED,
        why = "the queue comes from AwaitingDecision within the caller's scope; the map's missions from the scoped"
                + " /map/missions.json")
class HomeController {

    private final long refreshMillis;
    private final DecisionQueue queue;

    /** @param refresh how often the map re-reads the missions' levels ({@code vigil.web.map-refresh}, 10 s) */
    HomeController(@Value("${vigil.web.map-refresh:10s}") Duration refresh, DecisionQueue queue) {
        this.refreshMillis = refresh.toMillis();
        this.queue = queue;
    }

    /** The count of what awaits the user's decision, in the navigation (polled). */
    @GetMapping("/queue/badge")
    @NeedToKnow(
            value = NeedToKnow.Kind.MISSION_SCOPED,
            why = "each module reads what waits within the caller's scope (AwaitingDecision)")
    String badge(Model model) {
        model.addAttribute("count", queue.forCurrentUser().size());
        return "fragments/queue :: badge";
    }

    @GetMapping("/")
    String home(Model model, org.springframework.security.core.Authentication auth) {
        if (auth != null
                && auth.getAuthorities().stream()
                        .map(a -> a.getAuthority())
                        .noneMatch(a -> org.vigil.shared.Role.DATA_READERS.stream()
                                .anyMatch(r -> r.authority().equals(a)))) {
            // an auditor reads the audit trail, not the missions' map
            return "redirect:/audit";
        }
        model.addAttribute("mapRefreshMillis", refreshMillis);
        model.addAttribute("queue", queue.forCurrentUser());
        return "home";
    }
}

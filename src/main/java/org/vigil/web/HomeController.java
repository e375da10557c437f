package org.vigil.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.shared.NeedToKnow;

/** The home page: the world map. The page itself holds no data; the markers come from {@link MapController}. */
@Controller
@NeedToKnow(
        value = NeedToKnow.Kind.PUBLIC_REFERENCE,
        why = "the page is an empty frame; its missions come from the scoped /map/missions.json")
class HomeController {

    private final long refreshMillis;

    /** @param refresh how often the map re-reads the missions' levels ({@code vigil.web.map-refresh}, 10 s) */
    HomeController(@Value("${vigil.web.map-refresh:10s}") Duration refresh) {
        this.refreshMillis = refresh.toMillis();
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
        return "home";
    }
}

package org.vigil.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.shared.NeedToKnow;

/** The home page: the world map. The page itself holds no data; the markers come from {@link MapController}. */
@Controller
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "the page is an empty frame; its missions come from the scoped /map/missions.json")
class HomeController {

    private final long refreshMillis;

    /** @param refresh how often the map re-reads the missions' levels ({@code vigil.web.map-refresh}, 10 s) */
    HomeController(@Value("${vigil.web.map-refresh:10s}") Duration refresh) {
        this.refreshMillis = refresh.toMillis();
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("mapRefreshMillis", refreshMillis);
        return "home";
    }
}

package org.vigil.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.vigil.shared.NeedToKnow;

/** The home page: the world map. The page itself holds no data; the markers come from {@link MapController}. */
@Controller
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "the page is an empty frame; its missions come from the scoped /map/missions.json")
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}

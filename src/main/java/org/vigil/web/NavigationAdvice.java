package org.vigil.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the page shell which section of the navigation the current page belongs to, so that it can highlight
 * it. Derived from the path, so that no controller has to remember to set it.
 */
@ControllerAdvice
class NavigationAdvice {

    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        return section(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String section(String path) {
        if (path.equals("/") || path.startsWith("/map")) {
            return "map";
        }
        if (path.startsWith("/missions")) {
            return "missions";
        }
        if (path.startsWith("/people")) {
            return "people";
        }
        if (path.startsWith("/incidents")) {
            return "incidents";
        }
        if (path.startsWith("/appearances")) {
            return "appearances";
        }
        if (path.startsWith("/measures") || path.startsWith("/host-requests")) {
            return "measures";
        }
        if (path.startsWith("/persons-of-interest")) {
            return "persons-of-interest";
        }
        if (path.startsWith("/signals")) {
            return "signals";
        }
        if (path.startsWith("/sources") || path.startsWith("/admin/fetch-allowlist")) {
            return "sources";
        }
        if (path.startsWith("/dead-letters")) {
            return "dead-letters";
        }
        if (path.startsWith("/alerts")) {
            return "alerts";
        }
        if (path.startsWith("/briefings")) {
            return "briefings";
        }
        if (path.startsWith("/admin/pipeline")) {
            return "pipeline";
        }
        if (path.startsWith("/admin")) {
            return "admin";
        }
        if (path.startsWith("/audit")) {
            return "audit";
        }
        return "";
    }
}

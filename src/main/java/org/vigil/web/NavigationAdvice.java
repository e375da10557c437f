package org.vigil.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.vigil.shared.web.Times;

/**
 * Tells the page shell which section of the navigation the current page belongs to, so that it can highlight
 * it. Derived from the path, so that no controller has to remember to set it. Also gives every page the times
 * helper and its own path (for the language switch).
 */
@ControllerAdvice
class NavigationAdvice {

    private final Times times;

    NavigationAdvice(Times times) {
        this.times = times;
    }

    /** Times and numbers in the request's language, for every page: {@code ${time.utc(x)}}, {@code ${time.ago(x)}}. */
    @ModelAttribute("time")
    Times time() {
        return times;
    }

    /**
     * The page's own path and query, for the header's language switch to come back to (a path on this site only).
     */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

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

package org.vigil.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 "starting" until the application is ready. The server listens before the start-up work (migrations
 * done, then the demo registry, the accounts and the first risk assessment) has finished; without this a sign-in in
 * those seconds was told "wrong username or password" for an account about to exist, and a page showed a half-loaded
 * picture. Health probes pass through, so an orchestrator can see the readiness itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingFilter extends OncePerRequestFilter {

    static final String RETRY_SECONDS = "3";

    private final ApplicationAvailability availability;

    StartingFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                            + "\"detail\":\"Vigil is starting (or stopping); retry in " + RETRY_SECONDS
                            + " seconds.\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                            + "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS
                            + "\"><title>Vigil is starting</title>"
                            + "</head><body style=\"font-family:sans-serif;margin:3rem\"><h1>Vigil is starting</h1>"
                            + "<p>It is loading its data and will be ready in a few seconds. This page reloads by itself.</p>"
                            + "</body></html>");
        }
    }
}

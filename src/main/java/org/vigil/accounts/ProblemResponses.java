package org.vigil.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as RFC 7807 problem details that say what to do. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean basicEnabled;

    ProblemResponses(boolean basicEnabled) {
        this.basicEnabled = basicEnabled;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String how = basicEnabled
                ? "Send a personal API token as 'Authorization: Bearer <token>' (create one under My tokens) or "
                        + "HTTP Basic credentials."
                : "Send a personal API token as 'Authorization: Bearer <token>' (create one under My tokens).";
        String detail = e instanceof InsufficientAuthenticationException
                ? "Authentication required. " + how
                : e.getMessage() + " " + how;
        response.addHeader("WWW-Authenticate", "Bearer realm=\"vigil\"");
        if (basicEnabled) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"vigil\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String roles = auth == null
                ? "none"
                : auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .map(a -> a.replaceFirst("^ROLE_", ""))
                        .sorted()
                        .collect(Collectors.joining(", "));
        String rule =
                "Your roles (" + roles + ") do not allow " + request.getMethod() + " " + request.getRequestURI() + ".";
        // A refusal raised by the application (not a URL rule) says why, e.g. which source the caller may not push
        // to and who can change that; the URL rules' own exception only says "Access Denied".
        String detail = e instanceof AuthorizationDeniedException
                        || e.getMessage() == null
                        || e.getMessage().isBlank()
                        || "Access Denied".equals(e.getMessage())
                ? rule
                : capitalised(e.getMessage()) + ".";
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private static String capitalised(String message) {
        String m = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    private static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        // The same members Spring MVC's own problem details have (RFC 9457), written here because these errors
        // happen in the filter chain, before any controller advice.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}

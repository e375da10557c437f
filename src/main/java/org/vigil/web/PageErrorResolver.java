package org.vigil.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NotFoundException;

/**
 * Errors on pages get the error pages (templates/error/*), not JSON. Problem details are on for the whole
 * application, which is right for the API but would show a browser a raw JSON body for a mistyped address or an
 * unknown record. So, before the problem-details handlers run, a request from a browser (it accepts HTML) to a
 * page (not {@code /api/**}, not a {@code @ResponseBody} handler) is answered with the status alone, and the
 * servlet container's error dispatch renders the matching error page. Everything else goes on as before.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        // after Spring Boot's DefaultErrorAttributes (which only records the exception), before everything else
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!isPageRequest(request, handler)) {
            return null;
        }
        HttpStatus status = statusOf(ex);
        if (status == null || response.isCommitted()) {
            return null;
        }
        try {
            response.sendError(status.value());
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    static HttpStatus statusOf(Exception ex) {
        if (ex instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (ex instanceof InvalidInputException || ex instanceof TypeMismatchException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (ex instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (ex instanceof ErrorResponse e) {
            return HttpStatus.resolve(e.getStatusCode().value());
        }
        return null;
    }

    private static boolean isPageRequest(HttpServletRequest request, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return false;
        }
        if (handler instanceof HandlerMethod method
                && (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                        || method.hasMethodAnnotation(ResponseBody.class))) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return false;
        }
        try {
            // a browser navigating names text/html itself; a script that sends */* gets problem details
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> "text".equals(m.getType()) && "html".equals(m.getSubtype()));
        } catch (RuntimeException unreadableAccept) {
            return false;
        }
    }
}

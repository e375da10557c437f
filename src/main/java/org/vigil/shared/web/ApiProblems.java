package org.vigil.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.vigil.shared.ActionRefused;
import org.vigil.shared.ConflictException;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;
import org.vigil.shared.NotFoundException;
import org.vigil.shared.registryfile.InvalidRegistryException;

/**
 * Errors once, at the edge: RFC 7807 problem details for the REST API. A user's mistake is a 400 naming each
 * field and the reason (in {@code errors}), an unknown or invisible record a 404, a clash a 409; never a 500.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
        basePackages = "org.vigil",
        annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), reason(f)))
                .toList();
        List<FieldProblem> global = e.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldProblem(g.getObjectName(), String.valueOf(g.getDefaultMessage())))
                .toList();
        List<FieldProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(global);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", new InvalidInputException(all).getMessage(), all);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e) {
        List<FieldProblem> all = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(
                                r.getMethodParameter().getParameterName(), String.valueOf(err.getDefaultMessage()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", new InvalidInputException(all).getMessage(), all);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalid(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null
                ? "another type"
                : e.getRequiredType().getSimpleName();
        if (e.getRequiredType() != null && e.getRequiredType().isEnum()) {
            expected = "one of " + java.util.Arrays.toString(e.getRequiredType().getEnumConstants());
        }
        FieldProblem p = new FieldProblem(e.getName(), "\"" + e.getValue() + "\" is not valid: expected " + expected);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", p.field() + ": " + p.reason(), List.of(p));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.vigil.shared.LimitedInputStream.TooLargeException tooLarge) {
                // the body limit stopped reading (web.BodyLimitFilter): too large, not malformed
                return problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "Content Too Large",
                        "The request body is larger than" + " the limit (" + tooLarge.getMessage()
                                + "); send less (split the batch or the file)",
                        List.of());
            }
        }
        String detail = "the request body is not valid JSON for this endpoint: "
                + (e.getMostSpecificCause() == null
                        ? e.getMessage()
                        : e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail, List.of(new FieldProblem("body", detail)));
    }

    @ExceptionHandler(InvalidRegistryException.class)
    ProblemDetail invalidRegistry(InvalidRegistryException e) {
        ProblemDetail pd = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid registry file",
                e.problems().size() + " problem(s); nothing was imported",
                List.of());
        pd.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of("entry", p.entry(), "field", p.field(), "reason", p.reason()))
                        .toList());
        return pd;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
    }

    @ExceptionHandler(ActionRefused.class)
    ProblemDetail refused(ActionRefused e) {
        return e.status() == 403
                ? problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), List.of())
                : problem(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                "the record was changed by someone else meanwhile; reload it and apply your change again",
                List.of());
    }

    private static String reason(FieldError f) {
        return f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage();
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldProblem> problems) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        pd.setType(URI.create("about:blank"));
        if (!problems.isEmpty()) {
            pd.setProperty(
                    "errors",
                    problems.stream()
                            .map(p -> Map.of("field", p.field(), "reason", p.reason()))
                            .toList());
        }
        return pd;
    }
}

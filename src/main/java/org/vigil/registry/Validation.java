package org.vigil.registry;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.InvalidInputException.FieldProblem;

/** Checks commands the same way whether they come from the API, a page form or an import. */
@Component
class Validation {

    private final Validator validator;
    private final Countries countries;

    Validation(Validator validator, Countries countries) {
        this.validator = validator;
        this.countries = countries;
    }

    void check(MissionCommand c, boolean requireId) {
        List<FieldProblem> problems = violations(c);
        if (requireId && (c.id() == null || c.id().isBlank())) {
            problems.add(new FieldProblem("id", "is required"));
        }
        if ((c.lat() == null) != (c.lon() == null)) {
            problems.add(new FieldProblem(c.lat() == null ? "lat" : "lon", "lat and lon must be given together"));
        }
        country(c.sendingCountry(), "sendingCountry", problems);
        country(c.hostCountry(), "hostCountry", problems);
        throwIfAny(problems);
    }

    void check(PersonCommand c, boolean requireId) {
        List<FieldProblem> problems = violations(c);
        if (requireId && (c.id() == null || c.id().isBlank())) {
            problems.add(new FieldProblem("id", "is required"));
        }
        throwIfAny(problems);
    }

    void check(CountryCommand c) {
        throwIfAny(violations(c));
    }

    private void country(String code, String field, List<FieldProblem> problems) {
        if (code != null && code.matches("[A-Z]{2}") && !countries.exists(code)) {
            problems.add(new FieldProblem(field, "\"" + code + "\" is not a known country code"));
        }
    }

    private <T> List<FieldProblem> violations(T command) {
        List<FieldProblem> problems = new ArrayList<>();
        validator.validate(command).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        return problems;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

package org.vigil.shared;

import java.util.List;
import java.util.stream.Collectors;

/** A user's input that cannot be accepted: every field at fault with the reason. Answers 400. */
public class InvalidInputException extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String reason) {}

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

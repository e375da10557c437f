package org.vigil.shared.registryfile;

import java.util.List;
import java.util.stream.Collectors;

/** A registry file that cannot be used, with every problem found in it. */
public class InvalidRegistryException extends Exception {

    private final List<RegistryProblem> problems;

    public InvalidRegistryException(List<RegistryProblem> problems) {
        super("invalid registry, " + problems.size() + " problem(s):\n  "
                + problems.stream().map(RegistryProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RegistryProblem> problems() {
        return problems;
    }
}

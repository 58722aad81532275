package cl.clusterminero.gestion.shared.validation;

import java.util.List;

/** A service refused input; nothing was written. Views show each problem next to its field. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(p -> p.field() + "=" + p.key()).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    /** Refuses the input when any problem was found, so that a service checks everything before it writes. */
    public static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.apportion.base;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input the domain refuses, with every problem found (not only the first). An application exception that
 * rolls back, so an all-or-nothing operation leaves nothing behind. The REST API answers 400 listing each
 * field (and line).
 */
@ApplicationException(rollback = true)
public class InvalidFieldsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidFieldsException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty. */
    public static void throwIfAny(String message, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(message, problems);
        }
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package org.apportion.imports;

import java.util.List;
import java.util.stream.Collectors;

/** A bill row that cannot become a cost line. The import job declares it skippable and records the problems. */
public class InvalidBillRowException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<RowProblem> problems;

    public InvalidBillRowException(List<RowProblem> problems) {
        super(problems.stream().map(RowProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}

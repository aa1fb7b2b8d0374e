package org.apportion.base;

/**
 * One thing wrong with what a client sent: the field (or file column) at fault, the file line when the
 * input was a file (else null), and why.
 */
public record FieldProblem(String field, Long line, String message) {

    public static FieldProblem of(String field, String message) {
        return new FieldProblem(field, null, message);
    }

    public static FieldProblem atLine(long line, String field, String message) {
        return new FieldProblem(field, line, message);
    }
}

package org.apportion.imports;

/** The file cannot be read as its format at all (bad encoding, broken quoting, damaged archive): the import stops there. */
public class MalformedBillFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long line;
    private final String problem;

    public MalformedBillFileException(String fileName, long line, String problem, Throwable cause) {
        super(fileName + ": line " + line + ": " + problem, cause);
        this.line = line;
        this.problem = problem;
    }

    public long line() {
        return line;
    }

    /** What is wrong, without the file and line: the rejection recorded for the batch. */
    public RowProblem asRowProblem() {
        return new RowProblem(line, null, null, problem);
    }
}

package org.apportion.imports;

/** The file cannot be read as its format at all (broken quoting, truncated archive): the import stops there. */
public class MalformedBillFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final long line;

    public MalformedBillFileException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}

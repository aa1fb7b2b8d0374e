package org.apportion.imports;

/**
 * Why one field of a bill file was refused. {@code line} is the physical line in the file (the header is
 * line 1); {@code column} is null for problems that concern the whole row or file.
 */
public record RowProblem(long line, String column, String value, String reason) {

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason
                + (value == null ? "" : " (value \"" + value + "\")");
    }
}

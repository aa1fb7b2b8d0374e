package org.apportion.imports;

import java.util.List;

/**
 * One data row of a bill file as read: its physical line number (header = line 1) and its raw values.
 * {@code misfit} is null, or why the values could not be lined up with the columns a format reads (a CSV
 * line with more or fewer values than its header, read as other columns): {@link #requireColumns} refuses it.
 */
public record BillRecord(long line, List<String> values, String misfit) {

    public BillRecord(long line, List<String> values) {
        this(line, values, null);
    }

    /** A row whose values do not line up with its file's header, kept as read. */
    static BillRecord misfit(long line, List<String> values, int headerColumns) {
        return new BillRecord(line, values, misfitReason(values.size(), headerColumns));
    }

    public String value(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    /** Refuses a row whose values do not line up with the header's columns. */
    public void requireColumns(int headerColumns) throws InvalidBillRowException {
        String reason = misfit != null ? misfit
                : values.size() != headerColumns ? misfitReason(values.size(), headerColumns) : null;
        if (reason != null) {
            throw new InvalidBillRowException(List.of(new RowProblem(line, null, null, reason)));
        }
    }

    private static String misfitReason(int values, int headerColumns) {
        return values + " values, but the header has " + headerColumns + " columns";
    }
}

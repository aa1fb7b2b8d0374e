package org.apportion.imports;

import java.util.List;

/** One data row of a bill file as read: its physical line number (header = line 1) and its raw values. */
public record BillRecord(long line, List<String> values) {

    public String value(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    /** Refuses a row whose values do not line up with the header's columns. */
    public void requireColumns(int headerColumns) throws InvalidBillRowException {
        if (values.size() != headerColumns) {
            throw new InvalidBillRowException(List.of(new RowProblem(line, null, null,
                    values.size() + " values, but the header has " + headerColumns + " columns")));
        }
    }
}

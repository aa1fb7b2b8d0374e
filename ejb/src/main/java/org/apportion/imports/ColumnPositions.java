package org.apportion.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each named column of a format's rows stands (the first of a repeated name), for reading rows by name. */
public final class ColumnPositions {

    private final Map<String, Integer> positions = new HashMap<>();
    private final int columnCount;

    public ColumnPositions(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            positions.putIfAbsent(columns.get(i), i);
        }
        this.columnCount = columns.size();
    }

    /** The row's values by column name, after refusing a row whose values do not line up with the columns. */
    public RowValues read(BillRecord record) throws InvalidBillRowException {
        record.requireColumns(columnCount);
        return new RowValues(record, positions);
    }
}

package org.apportion.imports;

import java.util.List;

/** One data row of a bill file as read: its physical line number (header = line 1) and its raw values. */
public record BillRecord(long line, List<String> values) {

    public String value(int index) {
        return index < values.size() ? values.get(index) : null;
    }
}

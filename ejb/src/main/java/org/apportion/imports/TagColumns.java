package org.apportion.imports;

import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags that a bill spreads over one column per key, such as the legacy CUR's {@code resourceTags/user:team}
 * or OCI's {@code tags/Oracle-Tags.CreatedBy}: the key is the column name without the prefix.
 */
public final class TagColumns {

    private final String prefix;
    private final Set<String> columns = new LinkedHashSet<>();

    public TagColumns(List<String> header, String prefix) {
        this.prefix = prefix;
        header.stream().filter(c -> c.startsWith(prefix)).forEach(columns::add);
    }

    /**
     * The row's non-empty tag values as the FOCUS Tags object {@code {"<key>": value}}, or null when it has
     * none. A value that starts like a spreadsheet formula is recorded as a problem of its column.
     */
    public String tags(RowValues row) {
        JsonObjectBuilder tags = RowValues.JSON.createObjectBuilder();
        boolean any = false;
        for (String column : columns) {
            String value = row.raw(column);
            if (value != null && RowValues.startsLikeFormula(value)) {
                row.problem(column, value, "starts like a spreadsheet formula");
            } else if (value != null) {
                tags.add(column.substring(prefix.length()), value);
                any = true;
            }
        }
        return any ? tags.build().toString() : null;
    }
}

package org.apportion.imports.focus;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apportion.imports.BillRecord;
import org.apportion.imports.RowProblem;
import org.apportion.imports.RowValues;

/** Reads a FOCUS row's values with the type, length and nullability each {@link FocusColumn} demands. */
final class FocusValues {

    private final RowValues values;

    FocusValues(FocusHeader header, BillRecord record) {
        this.values = new RowValues(record, header.positionsByName());
    }

    List<RowProblem> problems() {
        return values.problems();
    }

    String text(FocusColumn column) {
        return values.text(column.header(), column.maxLength(), requiresValue(column));
    }

    /** Text that must not be null here even though FOCUS marks the column optional in general. */
    String requiredText(FocusColumn column) {
        return values.text(column.header(), column.maxLength(), true);
    }

    BigDecimal decimal(FocusColumn column) {
        return values.decimal(column.header(), requiresValue(column));
    }

    LocalDateTime dateTime(FocusColumn column) {
        return values.dateTime(column.header(), requiresValue(column));
    }

    String currency(FocusColumn column) {
        return values.currency(column.header(), requiresValue(column));
    }

    String tags(FocusColumn column) {
        return values.tags(column.header(), values.raw(column.header()));
    }

    void requireAfter(FocusColumn end, LocalDateTime endValue, FocusColumn start, LocalDateTime startValue) {
        values.requireAfter(end.header(), endValue, start.header(), startValue);
    }

    /** An enumerated value in its canonical spelling, matched case-insensitively. */
    String enumValue(FocusColumn column) {
        String value = values.required(column.header(), requiresValue(column));
        if (value == null) {
            return null;
        }
        return column.canonicalValue(value).orElseGet(() -> values.problem(column.header(), value,
                "not one of " + String.join(", ", column.allowedValues())));
    }

    private static boolean requiresValue(FocusColumn column) {
        return column.need() == FocusColumn.Need.VALUE;
    }
}

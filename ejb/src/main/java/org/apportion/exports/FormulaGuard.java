package org.apportion.exports;

import java.util.regex.Pattern;
import org.apportion.imports.RowValues;

/**
 * Keeps text cells of an export from being run as spreadsheet formulas (CSV injection): text from a bill that
 * starts with {@code =}, {@code +}, {@code @}, a tab or carriage return, or {@code -} unless the text is a plain
 * number, gets a leading apostrophe, which spreadsheets read as "this is text". Numeric columns never pass
 * through here, so amounts and quantities stay numbers.
 */
final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    static String neutralized(String text) {
        return text != null && startsLikeFormula(text) ? "'" + text : text;
    }

    static boolean startsLikeFormula(String text) {
        // The import's rule lets "-5…" through (a negative number in a tag); "-5+A1" is a formula all the same.
        return RowValues.startsLikeFormula(text) || text.startsWith("-") && !PLAIN_NUMBER.matcher(text).matches();
    }
}

package org.apportion.imports.gcp;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.RowValues;

/**
 * The credits of one export row: negative amounts, each with a {@code type} (COMMITTED_USAGE_DISCOUNT,
 * COMMITTED_USAGE_DISCOUNT_DOLLAR_BASE, FEE_UTILIZATION_OFFSET, SUSTAINED_USAGE_DISCOUNT, DISCOUNT, FREE_TIER,
 * PROMOTION, RESELLER_MARGIN, SUBSCRIPTION_BENEFIT). What the row costs after them is cost plus their total.
 */
record Credits(JsonArray json, List<Credit> all) {

    static final String COLUMN = "credits";

    record Credit(String type, String fullName, BigDecimal amount) {
        /** The commitment discount category of a committed use discount's credit, else null. */
        String commitmentCategory() {
            return switch (type == null ? "" : type) {
                case "COMMITTED_USAGE_DISCOUNT" -> "Usage";
                case "COMMITTED_USAGE_DISCOUNT_DOLLAR_BASE" -> "Spend";
                default -> null;
            };
        }
    }

    /** The row's credits; null after recording every problem they have. */
    static Credits read(RowValues row) {
        JsonArray json = JsonColumns.array(row, COLUMN);
        if (json == null) {
            return null;
        }
        List<Credit> credits = new ArrayList<>();
        int problems = row.problems().size();
        for (int i = 0; i < json.size(); i++) {
            Credit credit = credit(row, json.get(i), "credit " + (i + 1));
            if (credit != null) {
                credits.add(credit);
            }
        }
        return row.problems().size() == problems ? new Credits(json, List.copyOf(credits)) : null;
    }

    private static Credit credit(RowValues row, JsonValue element, String which) {
        if (!(element instanceof JsonObject credit)) {
            return row.problem(COLUMN, row.raw(COLUMN), which + " is not a JSON object");
        }
        BigDecimal amount = amount(row, credit.get("amount"), which);
        return amount == null ? null : new Credit(text(credit.get("type")), text(credit.get("full_name")), amount);
    }

    private static BigDecimal amount(RowValues row, JsonValue amount, String which) {
        if (!(amount instanceof JsonNumber number)) {
            return row.problem(COLUMN, row.raw(COLUMN), which + " has no amount, or one that is not a JSON number");
        }
        BigDecimal value = number.bigDecimalValue();
        if (value.stripTrailingZeros().scale() > RowValues.MAX_SCALE) {
            return row.problem(COLUMN, row.raw(COLUMN),
                    which + " has more than " + RowValues.MAX_SCALE + " decimal places");
        }
        return value;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : null;
    }

    BigDecimal total() {
        return all.stream().map(Credit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The committed use discount this row used, if a credit is one. */
    Optional<Credit> commitment() {
        return all.stream().filter(c -> c.commitmentCategory() != null).findFirst();
    }
}

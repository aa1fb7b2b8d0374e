package org.apportion.imports.llm;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.apportion.pricing.TokenKind;

/**
 * How one provider's cost report names the tokens a line bills, and how its usage report counts them: what
 * a cost line needs to be set against the usage it bills.
 */
public interface CostReportTokens {

    /**
     * The tokens a cost report line bills: their kind, how a usage line counts them, and whether the line
     * bills the batch tier (null when the report does not say; each usage line is then priced at its own).
     */
    record BilledTokens(TokenKind kind, Function<JsonObject, BigDecimal> countInUsage, Boolean batch) {
    }

    /** What a cost report line bills, or empty when it bills no tokens (web search, code execution, unknown). */
    Optional<BilledTokens> billed(String chargeDescription, JsonObject costExtras);

    /** Whether a usage line's tokens were charged at the batch tier. */
    boolean batch(JsonObject usageExtras);

    /** A count stored as text in a line's extras; absent is none. */
    static BigDecimal count(JsonObject extras, String key) {
        JsonValue value = extras.get(key);
        if (value instanceof JsonString text) {
            return new BigDecimal(text.getString());
        }
        return value instanceof JsonNumber number ? number.bigDecimalValue() : BigDecimal.ZERO;
    }
}

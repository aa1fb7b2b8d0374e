package org.apportion.web.api.pricing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apportion.pricing.TokenPrices;
import org.apportion.web.api.Problem;

/**
 * A model price as a client sends it, read field by field so that every bad field is reported at once.
 * Prices are decimal strings (or JSON numbers) per million tokens; dates YYYY-MM-DD.
 */
final class ModelPriceRequest {

    final List<Problem.FieldError> errors = new ArrayList<>();
    final String provider;
    final String model;
    final LocalDate effectiveFrom;
    final LocalDate effectiveTo;
    final String source;
    private final String currency;
    private final BigDecimal input;
    private final BigDecimal output;
    private final BigDecimal cachedInput;
    private final BigDecimal cacheWrite;
    private final BigDecimal batchInput;
    private final BigDecimal batchOutput;

    ModelPriceRequest(JsonObject body) {
        provider = text(body, "provider", true);
        model = text(body, "model", true);
        String currencyCode = text(body, "currency", false);
        currency = currencyCode == null ? "USD" : currencyCode;
        input = price(body, "inputPerMillion", true);
        output = price(body, "outputPerMillion", true);
        cachedInput = price(body, "cachedInputPerMillion", false);
        cacheWrite = price(body, "cacheWritePerMillion", false);
        batchInput = price(body, "batchInputPerMillion", false);
        batchOutput = price(body, "batchOutputPerMillion", false);
        effectiveFrom = date(body, "effectiveFrom", true);
        effectiveTo = date(body, "effectiveTo", false);
        String sourceText = text(body, "source", false);
        source = sourceText == null ? "entered through the API" : sourceText;
        if (currencyCode != null && !isCurrency(currencyCode)) {
            errors.add(new Problem.FieldError("currency", null, "not an ISO 4217 currency code"));
        }
    }

    TokenPrices prices() {
        return new TokenPrices(currency, input, output, cachedInput, cacheWrite, batchInput, batchOutput);
    }

    private String text(JsonObject body, String field, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(new Problem.FieldError(field, null, "required"));
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING || body.getString(field).isBlank()) {
            errors.add(new Problem.FieldError(field, null, "must be a non-empty string"));
            return null;
        }
        return body.getString(field).strip();
    }

    private BigDecimal price(JsonObject body, String field, boolean required) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                errors.add(new Problem.FieldError(field, null, "required"));
            }
            return null;
        }
        try {
            BigDecimal price = value.getValueType() == JsonValue.ValueType.NUMBER
                    ? body.getJsonNumber(field).bigDecimalValue() : new BigDecimal(body.getString(field).strip());
            if (price.signum() < 0) {
                errors.add(new Problem.FieldError(field, null, "cannot be negative"));
                return null;
            }
            return price;
        } catch (NumberFormatException | ClassCastException e) {
            errors.add(new Problem.FieldError(field, null, "not a decimal number"));
            return null;
        }
    }

    private LocalDate date(JsonObject body, String field, boolean required) {
        String value = text(body, field, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, null, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static boolean isCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return code.length() == 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

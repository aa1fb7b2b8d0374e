package org.apportion.web.api.currency;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apportion.currency.CurrencyPair;
import org.apportion.currency.FxQuote;
import org.apportion.web.api.JsonFields;
import org.apportion.web.api.Problem;

/**
 * One exchange rate as a client sends it: {@code {"date": "2025-01-02", "from": "EUR", "to": "USD",
 * "rate": "1.0321", "source": "ECB"}}; the rate preferably as a decimal string.
 */
final class FxRateRequest {

    private final JsonFields fields;
    final String source;
    private final LocalDate date;
    private final String from;
    private final String to;
    private final BigDecimal rate;

    FxRateRequest(JsonObject body) {
        fields = new JsonFields(body);
        date = fields.date("date", true);
        from = currency("from");
        to = currency("to");
        rate = fields.decimal("rate", true);
        String sourceText = fields.text("source", false);
        source = sourceText == null ? "entered through the API" : sourceText;
        if (from != null && from.equals(to)) {
            fields.error("to", "same currency as from");
        }
        if (rate != null) {
            FxQuote.problemOf(rate).ifPresent(problem -> fields.error("rate", problem));
        }
    }

    List<Problem.FieldError> errors() {
        return fields.errors();
    }

    FxQuote quote() {
        return new FxQuote(date, new CurrencyPair(from, to), rate);
    }

    private String currency(String field) {
        String code = fields.text(field, true);
        if (code != null && !CurrencyPair.isIsoCode(code)) {
            fields.error(field, "not an ISO 4217 currency code");
            return null;
        }
        return code;
    }
}

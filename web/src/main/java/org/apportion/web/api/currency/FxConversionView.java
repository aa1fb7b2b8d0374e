package org.apportion.web.api.currency;

import org.apportion.base.Money;
import org.apportion.currency.FxConversion;

/**
 * A conversion: the source amount, the converted amount (exact, not rounded), the rate applied, the day
 * of that rate (null for the same currency) and whether it came from the reverse pair.
 */
public record FxConversionView(AmountView source, AmountView converted, String rate, String rateDate,
                               boolean inverse) {

    /** An exact decimal string next to its currency. */
    public record AmountView(String amount, String currency) {
        static AmountView of(Money money) {
            return new AmountView(money.exact(), money.currency());
        }
    }

    static FxConversionView of(FxConversion conversion) {
        return new FxConversionView(AmountView.of(conversion.source()), AmountView.of(conversion.converted()),
                Money.exactString(conversion.rate()),
                conversion.rateDate() == null ? null : conversion.rateDate().toString(), conversion.inverse());
    }
}

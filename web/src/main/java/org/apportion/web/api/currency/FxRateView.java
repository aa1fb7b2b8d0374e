package org.apportion.web.api.currency;

import org.apportion.base.Money;
import org.apportion.currency.FxRate;

/** A stored exchange rate: one {@code from} buys {@code rate} {@code to} (an exact decimal string). */
public record FxRateView(long id, String date, String from, String to, String rate, String source) {

    static FxRateView of(FxRate rate) {
        return new FxRateView(rate.getId(), rate.getRateDate().toString(), rate.getFromCurrency(),
                rate.getToCurrency(), Money.exactString(rate.getRate()), rate.getSource());
    }
}

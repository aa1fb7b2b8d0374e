package org.apportion.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apportion.currency.FxConverter;

/** A billing currency's rate to the reporting currency on one charge day, as the stored exchange rates give it. */
record DayRate(String currency, LocalDate day, BigDecimal rate) {

    /** The scale of the temporary rate column: MariaDB keeps at most 38 decimals. */
    static final int SCALE = 38;

    /**
     * Every convertible currency and day of the range; a currency with no rate on a day is left out (its amounts
     * then have no reporting-currency figure). The reporting currency itself converts at 1.
     */
    static List<DayRate> between(FxConverter rates, String reportingCurrency, Collection<String> currencies,
                                 LocalDate first, LocalDate last) {
        List<DayRate> days = new ArrayList<>();
        for (String currency : currencies) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (rates.canConvert(currency, reportingCurrency, day)) {
                    BigDecimal rate = rates.convert(BigDecimal.ONE, currency, reportingCurrency, day).rate();
                    days.add(new DayRate(currency, day, rate.scale() > SCALE ? rate.setScale(SCALE, RoundingMode.HALF_EVEN)
                            : rate));
                }
            }
        }
        return days;
    }
}

package org.apportion.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apportion.base.Money;

/**
 * Converts amounts with the rates it was built from, without the database: build one per run and convert
 * every line with it. A conversion uses the pair's latest rate on or before the charge date; when the pair
 * has none, the reverse pair's (dividing by it); the same currency converts as is. A direct rate multiplies
 * exactly; a division keeps 34 significant digits (DECIMAL128). Nothing is rounded to the currency's minor
 * unit: that is for presentation (docs/ROUNDING.md). Thread-safe once built.
 */
public final class FxConverter {

    private static final MathContext DIVISION = MathContext.DECIMAL128;
    private final Map<CurrencyPair, NavigableMap<LocalDate, BigDecimal>> ratesByPair;

    private FxConverter(Map<CurrencyPair, NavigableMap<LocalDate, BigDecimal>> ratesByPair) {
        this.ratesByPair = ratesByPair;
    }

    public static FxConverter of(Collection<FxQuote> quotes) {
        Map<CurrencyPair, NavigableMap<LocalDate, BigDecimal>> byPair = new HashMap<>();
        quotes.forEach(q -> byPair.computeIfAbsent(q.pair(), p -> new TreeMap<>()).put(q.date(), q.rate()));
        return new FxConverter(byPair);
    }

    /**
     * @throws MissingFxRateException naming the pair and date when neither the pair nor its reverse has a
     *                                rate on or before {@code chargeDate}
     */
    public FxConversion convert(Money amount, String to, LocalDate chargeDate) {
        if (amount.currency().equals(to)) {
            return new FxConversion(amount, amount, BigDecimal.ONE, null, false);
        }
        CurrencyPair pair = new CurrencyPair(amount.currency(), to);
        Optional<Map.Entry<LocalDate, BigDecimal>> direct = latest(pair, chargeDate);
        if (direct.isPresent()) {
            BigDecimal rate = direct.get().getValue();
            return new FxConversion(amount, new Money(amount.amount().multiply(rate), to), rate,
                    direct.get().getKey(), false);
        }
        Map.Entry<LocalDate, BigDecimal> reverse = latest(pair.reverse(), chargeDate)
                .orElseThrow(() -> new MissingFxRateException(pair.from(), pair.to(), chargeDate));
        BigDecimal converted = amount.amount().divide(reverse.getValue(), DIVISION);
        return new FxConversion(amount, new Money(converted, to), BigDecimal.ONE.divide(reverse.getValue(), DIVISION),
                reverse.getKey(), true);
    }

    public FxConversion convert(BigDecimal amount, String from, String to, LocalDate chargeDate) {
        return convert(new Money(amount, from), to, chargeDate);
    }

    /** Whether {@link #convert} would find a rate (the same currency always converts). */
    public boolean canConvert(String from, String to, LocalDate chargeDate) {
        if (from.equals(to)) {
            return true;
        }
        CurrencyPair pair = new CurrencyPair(from, to);
        return latest(pair, chargeDate).isPresent() || latest(pair.reverse(), chargeDate).isPresent();
    }

    private Optional<Map.Entry<LocalDate, BigDecimal>> latest(CurrencyPair pair, LocalDate day) {
        NavigableMap<LocalDate, BigDecimal> rates = ratesByPair.get(pair);
        return rates == null ? Optional.empty() : Optional.ofNullable(rates.floorEntry(day));
    }
}

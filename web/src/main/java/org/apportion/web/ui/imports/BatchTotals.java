package org.apportion.web.ui.imports;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.base.Money;
import org.apportion.imports.CurrencyTotal;
import org.apportion.imports.ImportBatch;

/** A batch's totals for a grid cell, one amount per currency, rounded to the currency's minor unit. */
final class BatchTotals {

    private BatchTotals() {
    }

    static String billedCost(ImportBatch batch) {
        return format(batch, CurrencyTotal::getBilledCost);
    }

    static String effectiveCost(ImportBatch batch) {
        return format(batch, CurrencyTotal::getEffectiveCost);
    }

    private static String format(ImportBatch batch, Function<CurrencyTotal, BigDecimal> amount) {
        return batch.getTotals().stream()
                .map(t -> new Money(amount.apply(t), t.getBillingCurrency()))
                .map(m -> m.rounded().toPlainString() + " " + m.currency())
                .collect(Collectors.joining(", "));
    }
}

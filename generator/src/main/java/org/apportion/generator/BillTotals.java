package org.apportion.generator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** What a generated bill adds up to: its data rows and, per billing currency, the exact sums of its costs. */
public record BillTotals(long rows, Map<String, CostTotals> byCurrency) {

    public BillTotals {
        byCurrency = Map.copyOf(byCurrency);
    }

    /** The totals in one currency; {@link CostTotals#NONE} when the bill has no row in it. */
    public CostTotals in(String currency) {
        return byCurrency.getOrDefault(currency, CostTotals.NONE);
    }

    /** Sums row by row while a bill is written. */
    static final class Counter {
        private final Map<String, CostTotals> byCurrency = new TreeMap<>();
        private long rows;

        void add(String currency, BigDecimal billed, BigDecimal effective,
                 BigDecimal list, BigDecimal contracted) {
            rows++;
            byCurrency.put(currency, byCurrency.getOrDefault(currency, CostTotals.NONE)
                    .plus(billed, effective, list, contracted));
        }

        BillTotals totals() {
            return new BillTotals(rows, byCurrency);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(rows).append(" rows");
        new TreeMap<>(byCurrency).forEach((currency, totals) -> text.append(", ")
                .append(totals.billedCost().stripTrailingZeros().toPlainString()).append(' ').append(currency)
                .append(" billed"));
        return text.toString();
    }
}

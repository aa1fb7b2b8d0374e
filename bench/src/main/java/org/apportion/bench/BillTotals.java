package org.apportion.bench;

import java.math.BigDecimal;

/** What a generated bill adds up to: its data rows and the exact sums of its cost columns (all USD). */
public record BillTotals(long rows, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
                         BigDecimal contractedCost) {

    public static final BillTotals NONE = new BillTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public BillTotals plus(BigDecimal billed, BigDecimal effective, BigDecimal list, BigDecimal contracted) {
        return new BillTotals(rows + 1, billedCost.add(billed), effectiveCost.add(effective), listCost.add(list),
                contractedCost.add(contracted));
    }
}

package org.apportion.generator;

import java.math.BigDecimal;

/** The exact sums of the cost columns of a generated bill's rows in one currency, as FOCUS names them. */
public record CostTotals(long rows, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
                         BigDecimal contractedCost) {

    public static final CostTotals NONE = new CostTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    CostTotals plus(BigDecimal billed, BigDecimal effective, BigDecimal list, BigDecimal contracted) {
        return new CostTotals(rows + 1, billedCost.add(billed), effectiveCost.add(effective), listCost.add(list),
                contractedCost.add(contracted));
    }
}

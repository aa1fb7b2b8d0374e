package org.apportion.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A cost line as allocation reads it: both costs it is allocated by (BilledCost as invoiced, EffectiveCost
 * amortized), the dimensions rules match on, and what an allocated part keeps of it.
 */
public record AllocationSource(long costLineId, LocalDate chargeDate, String currency, BigDecimal billedCost,
                               BigDecimal effectiveCost, Map<String, String> dimensions, Map<String, String> tags) {

    /** The line as the engine splits it, carrying one of its two costs. */
    public SourceLine line(BigDecimal amount) {
        return new SourceLine(costLineId, chargeDate, amount, currency, dimensions, tags);
    }

    public String dimension(String name) {
        return dimensions.get(name);
    }
}

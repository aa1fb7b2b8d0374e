package org.apportion.allocation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** What the DIRECT stage charged one cost center in one month and currency (credits included). */
public record DirectTotal(YearMonth period, String costCenterCode, String currency, BigDecimal amount)
        implements Serializable {
}

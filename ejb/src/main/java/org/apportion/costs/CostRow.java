package org.apportion.costs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row a series query reads: a group's amount on one day (or in one billing period) in one billing currency.
 *
 * @param group       the values of the grouped dimensions, in the query's order (null where a line has none)
 * @param amount      in the billing currency
 * @param converted   the part of it an exchange rate converted, in the reporting currency (null: none)
 * @param unconverted the part of it, in the billing currency, that no exchange rate converted (null: none)
 * @param lines       cost lines (for cost centers: allocated parts) behind the amount
 */
public record CostRow(List<String> group, LocalDate bucket, String currency, BigDecimal amount,
                      BigDecimal converted, BigDecimal unconverted, long lines) {

    public CostRow {
        group = Collections.unmodifiableList(new ArrayList<>(group));
    }
}

package org.apportion.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apportion.base.Money;

/**
 * An amount converted at its charge date, keeping the source amount beside the result: the rate applied
 * (to units per from unit), the day of the rate used (null for the same currency) and whether it was
 * derived from the reverse pair's rate.
 */
public record FxConversion(Money source, Money converted, BigDecimal rate, LocalDate rateDate, boolean inverse) {
}

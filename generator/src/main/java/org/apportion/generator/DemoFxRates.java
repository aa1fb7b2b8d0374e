package org.apportion.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The EUR → USD reference rates of the demo's months, one per business day like a central bank's (weekends
 * take Friday's through the on-or-before lookup), as the CSV {@code POST /api/v1/fx-rates/import} reads.
 * A random walk around 1.08 with four decimals, the same for the same seed: the company bills in USD and the
 * hosting vendor in EUR, so a period's summary in the reporting currency needs them.
 */
final class DemoFxRates {

    private static final BigDecimal START = new BigDecimal("1.0800");
    private static final BigDecimal STEP = new BigDecimal("0.0030");

    private DemoFxRates() {
    }

    static String csv(long seed, YearMonth first, YearMonth last) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("date,from,to,rate,source\n");
        BigDecimal rate = START;
        // The month before the first too: a month's first days may fall on a weekend.
        for (LocalDate day = first.minusMonths(1).atDay(1); !day.isAfter(last.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            BigDecimal move = STEP.multiply(BigDecimal.valueOf(random.nextDouble() * 2 - 1));
            // Pulled back towards 1.08, so that thirteen months stay in a believable band.
            BigDecimal pull = START.subtract(rate).multiply(new BigDecimal("0.05"));
            rate = rate.add(move).add(pull).setScale(4, RoundingMode.HALF_EVEN);
            csv.append(day).append(",EUR,USD,").append(rate.toPlainString()).append(",demo\n");
        }
        return csv.toString();
    }
}

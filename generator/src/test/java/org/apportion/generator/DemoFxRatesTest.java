package org.apportion.generator;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFxRatesTest {

    private static final YearMonth FIRST = YearMonth.of(2025, 10);
    private static final YearMonth LAST = YearMonth.of(2026, 10);

    @Test
    void givesARateForEveryBusinessDayFromTheMonthBeforeTheFirst() {
        List<String[]> rows = DemoFxRates.csv(7, FIRST, LAST).lines().skip(1).map(l -> l.split(",")).toList();

        assertThat(rows).allSatisfy(r -> {
            assertThat(LocalDate.parse(r[0]).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(r[1] + "/" + r[2]).isEqualTo("EUR/USD");
            assertThat(new BigDecimal(r[3])).isBetween(new BigDecimal("0.95"), new BigDecimal("1.25"));
        });
        assertThat(LocalDate.parse(rows.getFirst()[0])).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(LocalDate.parse(rows.getLast()[0])).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(DemoFxRates.csv(7, FIRST, LAST)).isEqualTo(DemoFxRates.csv(7, FIRST, LAST))
                .isNotEqualTo(DemoFxRates.csv(8, FIRST, LAST));
    }
}

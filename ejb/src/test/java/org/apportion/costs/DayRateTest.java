package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apportion.currency.CurrencyPair;
import org.apportion.currency.FxConverter;
import org.apportion.currency.FxQuote;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DayRateTest {

    private static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
    private static final LocalDate SEP_3 = LocalDate.of(2024, 9, 3);

    private final FxConverter rates = FxConverter.of(List.of(
            new FxQuote(SEP_1.plusDays(1), new CurrencyPair("EUR", "USD"), new BigDecimal("1.1")),
            new FxQuote(SEP_1, new CurrencyPair("USD", "JPY"), new BigDecimal("150"))));

    @Test
    void theReportingCurrencyConvertsAtOneAndADayBeforeAnyRateIsLeftOut() {
        List<DayRate> days = DayRate.between(rates, "USD", List.of("USD", "EUR"), SEP_1, SEP_3);

        assertThat(days).extracting(d -> d.currency() + " " + d.day() + " " + d.rate().toPlainString())
                .containsExactly("USD 2024-09-01 1", "USD 2024-09-02 1", "USD 2024-09-03 1",
                        "EUR 2024-09-02 1.1", "EUR 2024-09-03 1.1");
    }

    @Test
    void aReverseRateIsInvertedAndKeptToTheDatabasesScale() {
        List<DayRate> days = DayRate.between(rates, "USD", List.of("JPY"), SEP_1, SEP_1);

        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.rate().scale()).isLessThanOrEqualTo(DayRate.SCALE);
            assertThat(d.rate().multiply(new BigDecimal("150"))).isCloseTo(BigDecimal.ONE,
                    Offset.offset(new BigDecimal("1E-30")));
        });
    }
}

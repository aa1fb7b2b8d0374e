package org.apportion.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.apportion.base.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FxConverterTest {

    private static final LocalDate JAN_2 = LocalDate.of(2025, 1, 2);
    private static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);

    private static FxQuote quote(LocalDate day, String from, String to, String rate) {
        return new FxQuote(day, new CurrencyPair(from, to), new BigDecimal(rate));
    }

    private final FxConverter converter = FxConverter.of(List.of(
            quote(JAN_2, "EUR", "USD", "1.0321"),
            quote(JAN_10, "EUR", "USD", "1.0299"),
            quote(JAN_2, "USD", "JPY", "157.2")));

    @Test
    void usesTheLatestRateOnOrBeforeTheChargeDateAndKeepsTheSourceAmount() {
        FxConversion onTheDay = converter.convert(new BigDecimal("100.005"), "EUR", "USD", JAN_10);
        FxConversion between = converter.convert(new BigDecimal("100.005"), "EUR", "USD", JAN_10.minusDays(1));

        assertThat(onTheDay.converted()).isEqualTo(new Money(new BigDecimal("102.9951495"), "USD"));
        assertThat(onTheDay.source()).isEqualTo(new Money(new BigDecimal("100.005"), "EUR"));
        assertThat(onTheDay.rateDate()).isEqualTo(JAN_10);
        assertThat(onTheDay.inverse()).isFalse();
        assertThat(between.rate()).isEqualByComparingTo("1.0321");
        assertThat(between.rateDate()).isEqualTo(JAN_2);
        assertThat(converter.convert(BigDecimal.ONE, "EUR", "USD", LocalDate.of(2030, 1, 1)).rateDate()).isEqualTo(JAN_10);
    }

    @Test
    void dividesByTheReversePairsRateWhenOnlyThatExists() {
        FxConversion yen = converter.convert(new Money(new BigDecimal("15720"), "JPY"), "USD", JAN_10);

        assertThat(yen.converted().amount()).isEqualByComparingTo("100");
        assertThat(yen.converted().currency()).isEqualTo("USD");
        assertThat(yen.inverse()).isTrue();
        assertThat(yen.rateDate()).isEqualTo(JAN_2);
        assertThat(yen.rate()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("157.2"), MathContext.DECIMAL128));
        assertThat(converter.convert(BigDecimal.ONE, "JPY", "USD", JAN_2).converted().amount().precision()).isEqualTo(34);
    }

    @Test
    void theSameCurrencyConvertsAsIs() {
        Money amount = new Money(new BigDecimal("12.3456789"), "CHF");
        FxConversion same = converter.convert(amount, "CHF", JAN_2);

        assertThat(same.converted()).isEqualTo(amount);
        assertThat(same.rate()).isEqualTo(BigDecimal.ONE);
        assertThat(same.rateDate()).isNull();
        assertThat(converter.canConvert("CHF", "CHF", JAN_2)).isTrue();
    }

    @Test
    void aMissingRateNamesThePairAndTheDate() {
        assertThatThrownBy(() -> converter.convert(BigDecimal.TEN, "EUR", "USD", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(MissingFxRateException.class)
                .hasMessage("No FX rate from EUR to USD (nor from USD to EUR) on or before 2025-01-01");
        assertThatThrownBy(() -> converter.convert(BigDecimal.TEN, "GBP", "USD", JAN_10))
                .isInstanceOfSatisfying(MissingFxRateException.class, e -> {
                    assertThat(e.from()).isEqualTo("GBP");
                    assertThat(e.to()).isEqualTo("USD");
                    assertThat(e.date()).isEqualTo(JAN_10);
                });
        assertThat(converter.canConvert("GBP", "USD", JAN_10)).isFalse();
    }

    @Test
    void prefersTheDirectPairOverTheReverse() {
        FxConverter both = FxConverter.of(List.of(quote(JAN_2, "EUR", "USD", "2"), quote(JAN_2, "USD", "EUR", "0.4")));

        assertThat(both.convert(BigDecimal.ONE, "EUR", "USD", JAN_2).converted().amount()).isEqualByComparingTo("2");
        assertThat(both.convert(BigDecimal.ONE, "USD", "EUR", JAN_2).converted().amount()).isEqualByComparingTo("0.4");
    }
}

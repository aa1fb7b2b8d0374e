package org.apportion.base;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void roundsHalfEvenToTheCurrencysMinorUnitOnlyForPresentation() {
        assertThat(new Money(new BigDecimal("20.52022672899"), "USD").rounded()).isEqualTo(new BigDecimal("20.52"));
        assertThat(new Money(new BigDecimal("0.125"), "EUR").rounded()).isEqualTo(new BigDecimal("0.12"));
        assertThat(new Money(new BigDecimal("0.135"), "EUR").rounded()).isEqualTo(new BigDecimal("0.14"));
        assertThat(new Money(new BigDecimal("1234.5"), "JPY").rounded()).isEqualTo(new BigDecimal("1234"));
    }

    @Test
    void writesTheExactAmountWithoutTrailingZeros() {
        assertThat(new Money(new BigDecimal("20.520226728990000000000000000000"), "USD").exact())
                .isEqualTo("20.52022672899");
        assertThat(Money.exactString(new BigDecimal("0E-30"))).isEqualTo("0");
        assertThat(Money.exactString(new BigDecimal("1.2E+3"))).isEqualTo("1200");
    }

    @Test
    void addsOnlyTheSameCurrency() {
        Money usd = new Money(BigDecimal.ONE, "USD");
        assertThat(usd.plus(usd).amount()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> usd.plus(Money.zero("EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThatThrownBy(() -> Money.zero("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }
}

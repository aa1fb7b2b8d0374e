package org.apportion.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProRataTest {

    private static final List<BigDecimal> SIXTY_FORTY = ratios("0.600000000000", "0.400000000000");
    private static final List<BigDecimal> THIRDS = ratios("0.333333333334", "0.333333333333", "0.333333333333");

    @Test
    void splitsSoTheSharesAddUpToTheValueExactly() {
        assertThat(strings(ProRata.split(new BigDecimal("100.00"), THIRDS))).containsExactly("33.34", "33.33", "33.33");
        assertThat(strings(ProRata.split(new BigDecimal("99.99"), SIXTY_FORTY))).containsExactly("59.99", "40.00");
        List<BigDecimal> shares = ProRata.split(new BigDecimal("0.00001605990"), THIRDS);
        assertThat(sum(shares)).isEqualByComparingTo("0.00001605990");
    }

    @Test
    void keepsTheDecimalsTheValueHasAndAtLeastTwo() {
        assertThat(strings(ProRata.split(new BigDecimal("2.000000000000000"), SIXTY_FORTY))).containsExactly("1.20", "0.80");
        assertThat(strings(ProRata.split(new BigDecimal("0.0000001"), THIRDS)))
                .containsExactly("0.0000001", "0.0000000", "0.0000000");
        assertThat(strings(ProRata.split(new BigDecimal("5E+2"), SIXTY_FORTY))).containsExactly("300.00", "200.00");
    }

    @Test
    void splitsACreditAsTheMirrorImageOfACharge() {
        assertThat(strings(ProRata.split(new BigDecimal("-100.00"), THIRDS))).containsExactly("-33.34", "-33.33", "-33.33");
    }

    @Test
    void givesAPartOfRatioZeroNothing() {
        assertThat(strings(ProRata.split(new BigDecimal("10.01"), ratios("1", "0")))).containsExactly("10.01", "0.00");
    }

    @Test
    void leavesASingleShareAndAMissingValueAlone() {
        assertThat(ProRata.split(new BigDecimal("1.230"), ratios("1"))).containsExactly(new BigDecimal("1.230"));
        assertThat(ProRata.split(null, SIXTY_FORTY)).containsExactly(null, null);
        assertThat(strings(ProRata.split(BigDecimal.ZERO, SIXTY_FORTY))).containsExactly("0.00", "0.00");
    }

    private static List<BigDecimal> ratios(String... ratios) {
        return java.util.Arrays.stream(ratios).map(BigDecimal::new).toList();
    }

    private static List<String> strings(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.apportion.allocation;

import static org.apportion.allocation.AllocationMethod.EVEN;
import static org.apportion.allocation.AllocationMethod.FIXED_PERCENT;
import static org.apportion.allocation.Rules.direct;
import static org.apportion.allocation.Rules.line;
import static org.apportion.allocation.Rules.targets;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private static final AllocationRule EVEN_THREE = direct("even", RuleMatch.everyLine(), EVEN, targets("A", "B", "C"));
    private static final AllocationRule SIXTY_FORTY = direct("p", RuleMatch.everyLine(), FIXED_PERCENT,
            AllocationTarget.percent("A", "60"), AllocationTarget.percent("B", "40"));

    @Test
    void givesTheLeftOverCentToTheFirstOfEqualRemainders() {
        List<AllocatedPart> parts = split(line(1, "100.00"), EVEN_THREE);

        assertThat(amounts(parts)).containsExactly("33.34", "33.33", "33.33");
        assertThat(ratios(parts)).containsExactly("0.333333333334", "0.333333333333", "0.333333333333");
    }

    @Test
    void givesTheLeftOverCentToTheLargestRemainder() {
        // 99.99 × 60% = 59.994, × 40% = 39.996: the floors leave one cent, which goes to the .6 remainder.
        assertThat(amounts(split(line(1, "99.99"), SIXTY_FORTY))).containsExactly("59.99", "40.00");
        assertThat(amounts(split(line(1, "100"), SIXTY_FORTY))).containsExactly("60.00", "40.00");
    }

    @Test
    void splitsACreditAsTheMirrorImageOfACharge() {
        assertThat(amounts(split(line(1, "-100.00"), EVEN_THREE))).containsExactly("-33.34", "-33.33", "-33.33");
        assertThat(amounts(split(line(1, "-99.99"), SIXTY_FORTY))).containsExactly("-59.99", "-40.00");
    }

    @Test
    void keepsTheDecimalsTheAmountReallyHas() {
        String storedHundred = "100.000000000000000000000000000000";
        assertThat(amounts(split(line(1, storedHundred), EVEN_THREE))).containsExactly("33.34", "33.33", "33.33");
        assertThat(amounts(split(line(1, "0.0000001"), EVEN_THREE)))
                .containsExactly("0.0000001", "0.0000000", "0.0000000");
        assertThat(amounts(split(line(1, "20.52022672899"), SIXTY_FORTY)))
                .containsExactly("12.31213603739", "8.20809069160");
        assertThat(amounts(split(line(1, "5E+2"), SIXTY_FORTY))).containsExactly("300.00", "200.00");
    }

    @Test
    void tracesAZeroLineToTheFirstTarget() {
        List<AllocatedPart> parts = split(line(7, "0.000"), EVEN_THREE);

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.costCenterCode()).isEqualTo("A");
            assertThat(part.amount()).isEqualByComparingTo("0");
            assertThat(part.ratio()).isEqualByComparingTo("1");
            assertThat(part.sourceLineId()).isEqualTo(7);
        });
    }

    @Test
    void namesTheRuleStageAndCurrencyOnEveryPart() {
        AllocatedPart part = split(line(3, "10"), SIXTY_FORTY).getFirst();

        assertThat(part).isEqualTo(new AllocatedPart(3, "A", new BigDecimal("6.00"), "USD", "p", 1, FIXED_PERCENT,
                new BigDecimal("0.600000000000"), AllocationStage.DIRECT, null));
    }

    @Test
    void dealsUnitsByWeightsWithTiesToTheEarlierShare() {
        assertThat(LargestRemainder.apportion(BigInteger.valueOf(10),
                List.of(new BigDecimal("1"), new BigDecimal("1.5"), new BigDecimal("0.5"))))
                .extracting(Object::toString).containsExactly("3", "5", "2");
        assertThat(LargestRemainder.apportion(BigInteger.valueOf(2),
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .extracting(Object::toString).containsExactly("1", "1", "0");
    }

    private static List<AllocatedPart> split(SourceLine line, AllocationRule rule) {
        return new LineSplitter(new SplitBasis(UsageTelemetry.none(), DirectTotals.none()))
                .allocate(line, rule, AllocationStage.DIRECT);
    }

    private static List<String> amounts(List<AllocatedPart> parts) {
        return parts.stream().map(p -> p.amount().toPlainString()).toList();
    }

    private static List<String> ratios(List<AllocatedPart> parts) {
        return parts.stream().map(p -> p.ratio().toPlainString()).toList();
    }
}

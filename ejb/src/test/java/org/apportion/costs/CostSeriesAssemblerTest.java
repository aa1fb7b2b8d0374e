package org.apportion.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apportion.allocation.CostView;
import org.apportion.base.InvalidFieldsException;
import org.junit.jupiter.api.Test;

class CostSeriesAssemblerTest {

    private static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
    private static final LocalDate SEP_2 = LocalDate.of(2024, 9, 2);

    private static CostQuery byProvider(String currency, Integer top, CostDimension... groupBy) {
        return CostQuery.daily(SEP_1, SEP_2, List.of(groupBy), Map.of(), null, CostView.BilledCost, currency, top);
    }

    private static CostRow row(String provider, LocalDate day, String currency, String amount, String converted,
                               String unconverted, long lines) {
        return new CostRow(List.of(provider), day, currency, new BigDecimal(amount),
                converted == null ? null : new BigDecimal(converted),
                unconverted == null ? null : new BigDecimal(unconverted), lines);
    }

    private static CostSeries assemble(CostQuery query, List<CostRow> rows) {
        return CostSeriesAssembler.assemble(query, AggregateTable.COST_OVERVIEW_DAILY, rows, "USD");
    }

    @Test
    void costsBilledInOneCurrencyAreShownInItExactly() {
        CostSeries answer = assemble(byProvider(null, null, CostDimension.PROVIDER_NAME), List.of(
                row("AWS", SEP_1, "EUR", "1.000000000001", "1.08", null, 3),
                row("AWS", SEP_2, "EUR", "2.5", "2.7", null, 1),
                row("Microsoft", SEP_1, "EUR", "7", "7.56", null, 2)));

        assertThat(answer.currency()).isEqualTo("EUR");
        assertThat(answer.total()).isEqualByComparingTo("10.500000000001");
        assertThat(answer.lines()).isEqualTo(6);
        assertThat(answer.series()).extracting(s -> s.group().get("ProviderName")).containsExactly("Microsoft", "AWS");
        CostSeries.Series aws = answer.series().get(1);
        assertThat(aws.total()).isEqualByComparingTo("3.500000000001");
        assertThat(aws.points()).extracting(CostSeries.Point::date).containsExactly(SEP_1, SEP_2);
        assertThat(answer.convertedFrom()).isEmpty();
    }

    @Test
    void severalBillingCurrenciesAreShownInTheReportingCurrencyAndWhatNoRateConvertedIsReportedApart() {
        CostSeries answer = assemble(byProvider(null, null, CostDimension.PROVIDER_NAME), List.of(
                row("AWS", SEP_1, "USD", "10", "10", null, 1),
                row("Microsoft", SEP_1, "EUR", "5", "5.4", null, 1),
                row("Microsoft", SEP_2, "EUR", "2", null, "2", 1)));

        assertThat(answer.currency()).isEqualTo("USD");
        assertThat(answer.total()).isEqualByComparingTo("15.4");
        assertThat(answer.unconverted()).containsExactly(new CostSeries.CurrencyAmount("EUR", new BigDecimal("2")));
        assertThat(answer.convertedFrom()).containsExactly("EUR");
    }

    @Test
    void theReportingCurrencyCountsWhatWasBilledInItAsBilled() {
        CostSeries answer = assemble(byProvider("USD", null, CostDimension.PROVIDER_NAME), List.of(
                row("AWS", SEP_1, "USD", "0.000000000000000000000000000001", null, "0.000000000000000000000000000001", 1)));

        assertThat(answer.total()).isEqualByComparingTo("0.000000000000000000000000000001");
        assertThat(answer.unconverted()).isEmpty();
    }

    @Test
    void refusesAnotherCurrencyThanTheReportingOneForCostsBilledInOthers() {
        assertThatThrownBy(() -> assemble(byProvider("EUR", null, CostDimension.PROVIDER_NAME), List.of(
                row("AWS", SEP_1, "USD", "10", "10", null, 1),
                row("Microsoft", SEP_1, "EUR", "5", "5.4", null, 1))))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("currency")));
    }

    @Test
    void groupingByBillingCurrencyKeepsEachGroupInItsOwn() {
        CostQuery query = byProvider(null, null, CostDimension.BILLING_CURRENCY);
        CostSeries answer = assemble(query, List.of(
                new CostRow(List.of("USD"), SEP_1, "USD", new BigDecimal("10"), null, new BigDecimal("10"), 1),
                new CostRow(List.of("EUR"), SEP_1, "EUR", new BigDecimal("5"), null, new BigDecimal("5"), 1)));

        assertThat(answer.currency()).isNull();
        assertThat(answer.total()).isNull();
        assertThat(answer.series()).extracting(CostSeries.Series::currency).containsExactly("USD", "EUR");
        assertThat(answer.unconverted()).isEmpty();
    }

    @Test
    void topKeepsTheLargestGroupsAndSumsTheOthers() {
        CostSeries answer = assemble(byProvider(null, 2, CostDimension.PROVIDER_NAME), List.of(
                row("A", SEP_1, "USD", "1", "1", null, 1),
                row("B", SEP_1, "USD", "5", "5", null, 2),
                row("C", SEP_1, "USD", "3", "3", null, 3),
                row("D", SEP_1, "USD", "0.5", "0.5", null, 4)));

        assertThat(answer.series()).extracting(s -> s.group().get("ProviderName")).containsExactly("B", "C");
        assertThat(answer.others()).isEqualTo(new CostSeries.Others(2, new BigDecimal("1.5"), 5));
        assertThat(answer.total()).isEqualByComparingTo("9.5");
    }

    @Test
    void aGroupWithoutAValueIsNamedNull() {
        CostSeries answer = assemble(byProvider(null, null, CostDimension.PROVIDER_NAME),
                List.of(new CostRow(Arrays.asList((String) null), SEP_1, "USD", BigDecimal.ONE, null, null, 1)));

        assertThat(answer.series().get(0).group()).containsEntry("ProviderName", null);
    }
}

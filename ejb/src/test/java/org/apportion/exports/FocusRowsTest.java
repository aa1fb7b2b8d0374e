package org.apportion.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apportion.allocation.AllocationMethod;
import org.junit.jupiter.api.Test;

class FocusRowsTest {

    private static final List<String> HEADER = ExportColumn.headers();
    private static final FocusRows ROWS = new FocusRows(RunContext.of(7,
            List.of(AllocatedMethodDetailsTest.rule("prod 60/40", AllocationMethod.FIXED_PERCENT, null)),
            List.of(new CostCenterRef("TEAM-A", "Team A", "CO"), new CostCenterRef("TEAM-B", "=Team B", "CO"))));

    @Test
    void writesTheFocus13ColumnsWithTheAllocationColumnsAndApportionsExtensions() {
        assertThat(HEADER).contains("BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "PricingQuantity",
                "ConsumedQuantity", "ChargePeriodStart", "ServiceProviderName", "Tags", "AllocatedMethodId",
                "AllocatedMethodDetails", "AllocatedResourceId", "AllocatedResourceName", "AllocatedTags",
                "x_CostLineId", "x_AllocationRunId", "x_CostCenterCode");
        assertThat(HEADER).doesNotHaveDuplicates();
        assertThat(HEADER.stream().filter(h -> !h.startsWith("x_")).toList()).isSorted();
    }

    @Test
    void givesEachPartARowWithItsOwnAmountsAndSplitsTheOtherSummableMetrics() {
        List<List<String>> rows = ROWS.of(origin(), List.of(
                share("TEAM-A", "0.600000000000", "59.99", "30.00"), share("TEAM-B", "0.400000000000", "40.00", "20.00")));

        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).hasSameSizeAs(HEADER));
        assertThat(column(rows, "BilledCost")).containsExactly("59.99", "40");
        assertThat(column(rows, "EffectiveCost")).containsExactly("30", "20");
        assertThat(column(rows, "ListCost")).containsExactly("60.01", "40");
        assertThat(column(rows, "PricingQuantity")).containsExactly("1.8", "1.2");
        assertThat(column(rows, "ContractedCost")).containsExactly(null, null);
        assertThat(column(rows, "ListUnitPrice")).as("a unit price is no sum").containsExactly("33.34", "33.34");
        assertThat(column(rows, "x_PriceVariance")).containsExactly("-0.61", "-0.4");
    }

    @Test
    void keepsTheOriginsDimensionsOnEveryRow() {
        List<List<String>> rows = ROWS.of(origin(), List.of(
                share("TEAM-A", "0.6", "0.6", "0.6"), share("TEAM-B", "0.4", "0.4", "0.4")));

        assertThat(column(rows, "ServiceName")).containsOnly("Amazon S3");
        assertThat(column(rows, "ProviderName")).containsOnly("AWS");
        assertThat(column(rows, "ServiceProviderName")).containsOnly("AWS");
        assertThat(column(rows, "ChargePeriodStart")).containsOnly("2024-09-18T22:00:00Z");
        assertThat(column(rows, "Tags")).containsOnly("{\"environment\":\"prod\"}");
        assertThat(column(rows, "x_ProviderExtras")).containsOnly("{\"Id\":\"11472\"}");
        assertThat(column(rows, "x_CostLineId")).containsOnly("42");
        assertThat(column(rows, "x_AllocationRunId")).containsOnly("7");
    }

    @Test
    void namesTheRuleVersionAndTheCostCenterOfEachPart() {
        List<List<String>> rows = ROWS.of(origin(), List.of(
                share("TEAM-A", "0.6", "0.6", "0.6"), share("TEAM-B", "0.4", "0.4", "0.4")));

        assertThat(column(rows, "AllocatedMethodId")).containsOnly("rule-12-v3");
        assertThat(column(rows, "AllocatedResourceId")).containsExactly("TEAM-A", "TEAM-B");
        assertThat(column(rows, "AllocatedResourceName")).containsExactly("Team A", "'=Team B");
        assertThat(column(rows, "AllocatedTags").getFirst())
                .isEqualTo("{\"apportion/CostCenter\":\"TEAM-A\",\"apportion/ParentCostCenter\":\"CO\"}");
        assertThat(column(rows, "AllocatedMethodDetails").getFirst()).isEqualTo("{\"Elements\":[{\"AllocatedRatio\":0.6}],"
                + "\"x_Method\":\"FIXED_PERCENT\",\"x_RuleName\":\"prod 60/40\",\"x_Stage\":\"DIRECT\"}");
    }

    @Test
    void leavesTheUnallocatedPortionWithoutAResource() {
        AllocatedShare unallocated = new AllocatedShare("UNALLOCATED", "DIRECT", "UNALLOCATED", null, null,
                BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("50.00"));

        List<String> row = ROWS.of(origin(), List.of(unallocated)).getFirst();

        assertThat(cell(row, "AllocatedMethodId")).isEqualTo("UNALLOCATED");
        assertThat(cell(row, "AllocatedResourceId")).isNull();
        assertThat(cell(row, "AllocatedResourceName")).isNull();
        assertThat(cell(row, "AllocatedTags")).isNull();
        assertThat(cell(row, "x_CostCenterCode")).isEqualTo("UNALLOCATED");
        assertThat(cell(row, "ListCost")).isEqualTo("100.01");
    }

    @Test
    void neutralizesFormulasInTextButNotNegativeNumbers() {
        List<String> row = ROWS.of(origin(), List.of(share("TEAM-A", "1", "-1.50", "-1.50"))).getFirst();

        assertThat(cell(row, "ChargeDescription")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(cell(row, "ResourceName")).isEqualTo("-42");
        assertThat(cell(row, "BilledCost")).isEqualTo("-1.5");
        assertThat(cell(row, "x_PriceVariance")).isEqualTo("-1.01");
    }

    private static OriginCharge origin() {
        Map<ExportColumn, Object> values = new EnumMap<>(ExportColumn.class);
        values.put(ExportColumn.BILLING_CURRENCY, "USD");
        values.put(ExportColumn.SERVICE_NAME, "Amazon S3");
        values.put(ExportColumn.PROVIDER_NAME, "AWS");
        values.put(ExportColumn.SERVICE_PROVIDER_NAME, "AWS");
        values.put(ExportColumn.CHARGE_DESCRIPTION, "=HYPERLINK(\"http://evil\",\"click\")");
        values.put(ExportColumn.RESOURCE_NAME, "-42");
        values.put(ExportColumn.CHARGE_PERIOD_START, LocalDateTime.of(2024, 9, 18, 22, 0));
        values.put(ExportColumn.LIST_COST, new BigDecimal("100.010000000000000000000000000000"));
        values.put(ExportColumn.LIST_UNIT_PRICE, new BigDecimal("33.340000"));
        values.put(ExportColumn.PRICING_QUANTITY, new BigDecimal("3.000"));
        values.put(ExportColumn.X_PRICE_VARIANCE, new BigDecimal("-1.01"));
        values.put(ExportColumn.TAGS, "{\"environment\":\"prod\"}");
        values.put(ExportColumn.X_PROVIDER_EXTRAS, "{\"Id\":\"11472\"}");
        return new OriginCharge(42, values);
    }

    private static AllocatedShare share(String center, String ratio, String billed, String effective) {
        return new AllocatedShare(center, "DIRECT", "FIXED_PERCENT", 12L, 3, new BigDecimal(ratio),
                new BigDecimal(billed), new BigDecimal(effective));
    }

    private static List<String> column(List<List<String>> rows, String header) {
        return rows.stream().map(row -> cell(row, header)).toList();
    }

    private static String cell(List<String> row, String header) {
        return row.get(HEADER.indexOf(header));
    }
}

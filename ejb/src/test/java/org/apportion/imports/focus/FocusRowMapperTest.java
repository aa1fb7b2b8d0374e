package org.apportion.imports.focus;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FocusRowMapperTest {

    private Map<String, String> row;

    @BeforeEach
    void aValidAwsUsageRow() {
        row = new LinkedHashMap<>();
        row.put("BilledCost", "0.00000080000");
        row.put("BillingAccountId", "1234567890123");
        row.put("BillingAccountName", "SunBird");
        row.put("BillingCurrency", "USD");
        row.put("BillingPeriodEnd", "2024-10-01 00:00:00");
        row.put("BillingPeriodStart", "2024-09-01 00:00:00");
        row.put("ChargeCategory", "Usage");
        row.put("ChargeClass", "NULL");
        row.put("ChargeDescription", "$0.40 per million Amazon SQS standard requests");
        row.put("ChargeFrequency", "Usage-based");
        row.put("ChargePeriodEnd", "2024-09-18T23:00:00Z");
        row.put("ChargePeriodStart", "2024-09-18T22:00:00+00:00");
        row.put("ContractedCost", "0.00000000000");
        row.put("EffectiveCost", "0.00000080000");
        row.put("InvoiceIssuerName", "Amazon Web Services, Inc.");
        row.put("ListCost", "0.00000080000");
        row.put("PricingQuantity", "2.00000000000");
        row.put("PricingUnit", "Requests");
        row.put("ProviderName", "AWS");
        row.put("PublisherName", "Amazon Web Services, Inc.");
        row.put("ServiceCategory", "integration");
        row.put("ServiceName", "Amazon Simple Queue Service");
        row.put("Tags", "{\"team\": \"payments\"}");
        row.put("Id", "11472");
    }

    @Test
    void mapsEveryFocusColumnKeepingTheSourcePrecision() throws Exception {
        CostLine line = map(row, 7);

        assertThat(line.getImportBatchId()).isEqualTo(42);
        assertThat(line.getSourceLine()).isEqualTo(7);
        assertThat(line.getBilledCost()).isEqualTo(new BigDecimal("0.00000080000"));
        assertThat(line.getBillingCurrency()).isEqualTo("USD");
        assertThat(line.getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
        assertThat(line.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 18, 22, 0));
        assertThat(line.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2024, 9, 18, 23, 0));
        assertThat(line.getChargeClass()).as("the literal NULL is null").isNull();
        assertThat(line.getChargeFrequency()).as("enum values match case-insensitively").isEqualTo("Usage-Based");
        assertThat(line.getServiceCategory()).isEqualTo("Integration");
        assertThat(line.getProviderName()).isEqualTo("AWS");
        assertThat(line.getTags()).isEqualTo("{\"team\":\"payments\"}");
        assertThat(line.getProviderExtras()).isEqualTo("{\"Id\":\"11472\"}");
    }

    @Test
    void convertsOffsetsToUtc() throws Exception {
        row.put("ChargePeriodStart", "2024-09-18T23:30:00+01:30");

        assertThat(map(row, 2).getChargePeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 18, 22, 0));
    }

    @Test
    void acceptsDateOnlyValues() throws Exception {
        row.put("BillingPeriodStart", "2024-09-01");

        assertThat(map(row, 2).getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
    }

    @Test
    void refusesARowNamingEveryBadField() {
        row.put("BilledCost", "12,34.x");
        row.put("BillingCurrency", "XYZ");
        row.put("ChargePeriodStart", "18/09/2024");
        row.put("ChargeCategory", "Usage-ish");
        row.put("EffectiveCost", "NULL");
        row.put("Tags", "[1,2]");

        List<RowProblem> problems = problemsOf(row, 5);

        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(5));
        assertThat(problems).extracting(RowProblem::column).containsExactlyInAnyOrder(
                "BilledCost", "BillingCurrency", "ChargePeriodStart", "ChargeCategory", "EffectiveCost", "Tags");
        assertThat(problems).filteredOn(p -> p.column().equals("BilledCost")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("not a decimal number"))
                .satisfies(p -> assertThat(p.value()).isEqualTo("12,34.x"));
        assertThat(problems).filteredOn(p -> p.column().equals("EffectiveCost")).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("value is required"));
    }

    @Test
    void refusesAmountsThatWouldNeedRounding() {
        row.put("BilledCost", "0." + "1".repeat(31));

        assertThat(problemsOf(row, 2)).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("more than 30 decimal places"));
    }

    @Test
    void acceptsScientificNotationAndKeepsTrailingZerosOutOfTheScaleCheck() throws Exception {
        row.put("BilledCost", "8.0E-7");
        row.put("ListCost", "0.100000000000000000000000000000000000");

        CostLine line = map(row, 2);

        assertThat(line.getBilledCost()).isEqualByComparingTo("0.0000008");
        assertThat(line.getListCost()).isEqualByComparingTo("0.1");
    }

    @Test
    void refusesTextLongerThanItsColumn() {
        row.put("RegionId", "r".repeat(65));

        assertThat(problemsOf(row, 2)).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("longer than 64 characters"));
    }

    @Test
    void refusesARowWhoseValuesDoNotLineUpWithTheHeader() {
        FocusHeader header = FocusHeader.of(new ArrayList<>(row.keySet()));
        List<String> values = new ArrayList<>(row.values());
        values.add("surplus");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class,
                () -> new FocusRowMapper(header).toCostLine(1, new BillRecord(9, values)));

        assertThat(refused.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("25 values, but the header has 24 columns"))
                .satisfies(p -> assertThat(p.line()).isEqualTo(9));
    }

    private static CostLine map(Map<String, String> row, long line) throws InvalidBillRowException {
        FocusHeader header = FocusHeader.of(new ArrayList<>(row.keySet()));
        assertThat(header.problems()).isEmpty();
        return new FocusRowMapper(header).toCostLine(42, new BillRecord(line, new ArrayList<>(row.values())));
    }

    private static List<RowProblem> problemsOf(Map<String, String> row, long line) {
        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row, line));
        assertThat(refused).as("the row should be refused").isNotNull();
        return refused.problems();
    }
}

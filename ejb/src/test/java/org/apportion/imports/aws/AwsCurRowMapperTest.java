package org.apportion.imports.aws;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AwsCurRowMapperTest {

    static final Path SAMPLE = Path.of(System.getProperty("apportion.testdata", "../testdata"))
            .resolve("bills/aws-cur/sample-anonymous-aws-export-dataset.csv");

    private Map<String, String> row;

    @BeforeEach
    void aUsageRow() {
        row = new LinkedHashMap<>();
        row.put("identity/LineItemId", "abc");
        row.put("bill/PayerAccountId", "123412340534");
        row.put("bill/BillingPeriodStartDate", "2023-11-01T00:00:00.000Z");
        row.put("bill/BillingPeriodEndDate", "2023-12-01T00:00:00.000Z");
        row.put("bill/InvoicingEntity", "Amazon Web Services Canada, Inc.");
        row.put("lineItem/UsageAccountId", "555566667777");
        row.put("lineItem/LineItemType", "Usage");
        row.put("lineItem/UsageStartDate", "2023-11-02T00:00:00.000Z");
        row.put("lineItem/UsageEndDate", "2023-11-02T01:00:00.000Z");
        row.put("lineItem/ProductCode", "AmazonEC2");
        row.put("lineItem/UsageAmount", "2.0");
        row.put("lineItem/CurrencyCode", "USD");
        row.put("lineItem/UnblendedRate", "0.096");
        row.put("lineItem/UnblendedCost", "0.192");
        row.put("lineItem/LineItemDescription", "$0.096 per On Demand Linux m5.large Instance Hour");
        row.put("product/ProductName", "Amazon Elastic Compute Cloud");
        row.put("product/regionCode", "ca-central-1");
        row.put("pricing/publicOnDemandCost", "0.192");
        row.put("pricing/unit", "Hrs");
        row.put("reservation/EffectiveCost", "");
        row.put("reservation/ReservationARN", "");
        row.put("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod", "");
        row.put("reservation/UnusedRecurringFee", "");
        row.put("savingsPlan/SavingsPlanARN", "");
        row.put("savingsPlan/SavingsPlanEffectiveCost", "");
        row.put("savingsPlan/TotalCommitmentToDate", "");
        row.put("savingsPlan/UsedCommitment", "");
        row.put("resourceTags/user:team", "payments");
    }

    @Test
    void mapsUsageToFocusColumns() throws Exception {
        CostLine line = map(row);

        assertThat(line.getBillingAccountId()).isEqualTo("123412340534");
        assertThat(line.getSubAccountId()).isEqualTo("555566667777");
        assertThat(line.getChargeCategory()).isEqualTo("Usage");
        assertThat(line.getChargeFrequency()).isEqualTo("Usage-Based");
        assertThat(line.getPricingCategory()).isEqualTo("Standard");
        assertThat(line.getBilledCost()).isEqualByComparingTo("0.192");
        assertThat(line.getEffectiveCost()).isEqualByComparingTo("0.192");
        assertThat(line.getServiceName()).isEqualTo("Amazon Elastic Compute Cloud");
        assertThat(line.getServiceCategory()).isEqualTo("Compute");
        assertThat(line.getProviderName()).isEqualTo("AWS");
        assertThat(line.getInvoiceIssuerName()).isEqualTo("Amazon Web Services Canada, Inc.");
        assertThat(line.getRegionId()).isEqualTo("ca-central-1");
        assertThat(line.getTags()).isEqualTo("{\"user:team\":\"payments\"}");
        assertThat(line.getProviderExtras()).contains("\"lineItem/LineItemType\":\"Usage\"");
    }

    @Test
    void savingsPlanCoveredUsageIsBilledOnDemandAndCostsItsEffectiveCost() throws Exception {
        row.put("lineItem/LineItemType", "SavingsPlanCoveredUsage");
        row.put("savingsPlan/SavingsPlanARN", "arn:aws:savingsplans::123412340534:savingsplan/abc");
        row.put("savingsPlan/SavingsPlanEffectiveCost", "0.121");

        CostLine line = map(row);

        assertThat(line.getBilledCost()).isEqualByComparingTo("0.192");
        assertThat(line.getEffectiveCost()).isEqualByComparingTo("0.121");
        assertThat(line.getCommitmentDiscountCategory()).isEqualTo("Spend");
        assertThat(line.getCommitmentDiscountStatus()).isEqualTo("Used");
        assertThat(line.getPricingCategory()).isEqualTo("Committed");
    }

    @Test
    void theNegationCancelsTheBilledOnDemandCostAndCostsNothingAmortized() throws Exception {
        row.put("lineItem/LineItemType", "SavingsPlanNegation");
        row.put("lineItem/UnblendedCost", "-0.192");

        CostLine line = map(row);

        assertThat(line.getBilledCost()).isEqualByComparingTo("-0.192");
        assertThat(line.getEffectiveCost()).isEqualByComparingTo("0");
    }

    @Test
    void recurringFeesKeepOnlyTheirUnusedPartAsEffectiveCost() throws Exception {
        row.put("lineItem/LineItemType", "SavingsPlanRecurringFee");
        row.put("lineItem/UnblendedCost", "100");
        row.put("savingsPlan/TotalCommitmentToDate", "100");
        row.put("savingsPlan/UsedCommitment", "92.5");
        assertThat(map(row).getEffectiveCost()).isEqualByComparingTo("7.5");

        row.put("lineItem/LineItemType", "RIFee");
        row.put("reservation/UnusedAmortizedUpfrontFeeForBillingPeriod", "1.25");
        row.put("reservation/UnusedRecurringFee", "0.75");
        CostLine riFee = map(row);
        assertThat(riFee.getEffectiveCost()).isEqualByComparingTo("2");
        assertThat(riFee.getChargeCategory()).isEqualTo("Purchase");
        assertThat(riFee.getChargeFrequency()).isEqualTo("Recurring");
    }

    @Test
    void reservedUsageCostsItsReservationEffectiveCost() throws Exception {
        row.put("lineItem/LineItemType", "DiscountedUsage");
        row.put("lineItem/UnblendedCost", "0");
        row.put("reservation/ReservationARN", "arn:aws:ec2:ca-central-1:123412340534:reserved-instances/r-1");
        row.put("reservation/EffectiveCost", "0.061");

        CostLine line = map(row);

        assertThat(line.getBilledCost()).isEqualByComparingTo("0");
        assertThat(line.getEffectiveCost()).isEqualByComparingTo("0.061");
        assertThat(line.getCommitmentDiscountType()).isEqualTo("Reserved Instance");
    }

    @Test
    void refusesAnUnknownLineItemTypeAndABadAmount() {
        row.put("lineItem/LineItemType", "Mystery");
        row.put("lineItem/UnblendedCost", "0,192");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row));

        assertThat(refused.problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("lineItem/LineItemType", "lineItem/UnblendedCost");
    }

    @Test
    void theRealSampleMapsEveryRowWithItsExactTotal() throws Exception {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        int rows = 0;
        try (CsvBillFile file = CsvBillFile.open(SAMPLE)) {
            assertThat(BillFormats.detect(file.header())).hasValueSatisfying(
                    f -> assertThat(f).isInstanceOf(AwsCurFormat.class));
            BillRowMapper mapper = new AwsCurFormat().rowMapper(file.header());
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                CostLine line = mapper.toCostLine(1, record.get());
                billed = billed.add(line.getBilledCost());
                effective = effective.add(line.getEffectiveCost());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(1281);
        assertThat(billed).isEqualByComparingTo("1.68230869740");
        assertThat(effective).as("only Usage and Tax lines: amortized equals billed").isEqualByComparingTo(billed);
    }

    private static CostLine map(Map<String, String> row) throws InvalidBillRowException {
        List<String> header = new ArrayList<>(row.keySet());
        assertThat(new AwsCurFormat().check(header).problems()).isEmpty();
        return new AwsCurFormat().rowMapper(header).toCostLine(7, new BillRecord(2, new ArrayList<>(row.values())));
    }
}

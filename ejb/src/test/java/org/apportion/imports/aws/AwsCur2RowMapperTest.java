package org.apportion.imports.aws;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.apportion.imports.RowValues;
import org.apportion.imports.SourceCsv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * CUR 2.0 as AWS Data Exports writes it (gzip CSV, snake-case columns, tags and product attributes in JSON
 * maps). The sample holds one row of every line item type; its expected figures are computed here from its
 * own columns, and every row must mean what the same row means in the legacy CUR.
 */
class AwsCur2RowMapperTest {

    static final Path SAMPLE = Path.of("src/test/resources/cur2/cur2-hourly-00001.csv.gz");

    @Test
    void theSampleIsRecognisedAsCur2WithoutHeaderProblems() throws Exception {
        try (BillFile file = BillFiles.open(SAMPLE)) {
            BillFormatReader format = BillFormats.detect(file.header()).orElseThrow();

            assertThat(format.format()).isEqualTo(BillFormat.AWS_CUR2);
            assertThat(format.check(file.header())).isEqualTo(new BillFormatReader.HeaderCheck("2.0", List.of()));
            assertThat(new AwsCurFormat().recognises(file.header())).as("not the legacy CUR").isFalse();
        }
    }

    @Test
    void everyRowMapsAndTheTotalsPerCurrencyReconcileWithTheSourceColumns() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();

        assertThat(lines).hasSize(source.size()).hasSize(18);
        assertThat(plain(SourceCsv.totals(lines, CostLine::getBilledCost))).isEqualTo(plain(SourceCsv.totals(source,
                r -> SourceCsv.amount(r, "line_item_unblended_cost"), "line_item_currency_code")));
        assertThat(plain(SourceCsv.totals(lines, CostLine::getEffectiveCost))).isEqualTo(plain(SourceCsv.totals(source,
                AwsCur2RowMapperTest::netAmortizedCost, "line_item_currency_code")));
    }

    @Test
    void theSampleHoldsEveryLineItemTypeWithItsFocusCharge() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();
        Map<String, String> categoryByType = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            categoryByType.put(source.get(i).get("line_item_line_item_type"), lines.get(i).getChargeCategory());
        }

        assertThat(categoryByType.keySet()).containsExactlyInAnyOrder(LineItemType.known().split(", "));
        assertThat(categoryByType).containsEntry("Usage", "Usage").containsEntry("DiscountedUsage", "Usage")
                .containsEntry("SavingsPlanCoveredUsage", "Usage").containsEntry("SavingsPlanNegation", "Usage")
                .containsEntry("RIFee", "Purchase").containsEntry("SavingsPlanRecurringFee", "Purchase")
                .containsEntry("SavingsPlanUpfrontFee", "Purchase").containsEntry("Fee", "Purchase")
                .containsEntry("Tax", "Tax").containsEntry("Credit", "Credit").containsEntry("Refund", "Adjustment")
                .containsEntry("BundledDiscount", "Credit").containsEntry("Discount", "Credit")
                .containsEntry("EdpDiscount", "Credit").containsEntry("PrivateRateDiscount", "Credit");
    }

    @Test
    void commitmentsAreBilledAsInvoicedAndAmortizedAsAwsDoes() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();

        for (int i = 0; i < lines.size(); i++) {
            CSVRecord row = source.get(i);
            CostLine line = lines.get(i);
            assertThat(line.getBilledCost()).as("line %d billed", line.getSourceLine())
                    .isEqualByComparingTo(SourceCsv.amount(row, "line_item_unblended_cost"));
            assertThat(line.getEffectiveCost()).as("line %d effective", line.getSourceLine())
                    .isEqualByComparingTo(netAmortizedCost(row));
        }
        CostLine riUpfront = lines.get(4);
        assertThat(riUpfront.getBilledCost()).isEqualByComparingTo("438");
        assertThat(riUpfront.getEffectiveCost()).as("amortized into the covered usage").isZero();
        assertThat(riUpfront.getCommitmentDiscountType()).isEqualTo("Reserved Instance");
        CostLine marketplaceFee = lines.get(5);
        assertThat(marketplaceFee.getEffectiveCost()).isEqualByComparingTo(marketplaceFee.getBilledCost());
        assertThat(marketplaceFee.getPublisherName()).isEqualTo("Example Analytics LLC");
        CostLine covered = lines.get(6);
        assertThat(covered.getCommitmentDiscountCategory()).isEqualTo("Spend");
        assertThat(covered.getCommitmentDiscountStatus()).isEqualTo("Used");
        assertThat(covered.getConsumedQuantity()).isEqualByComparingTo("1.0");
        CostLine negation = lines.get(7);
        assertThat(negation.getBilledCost().add(covered.getBilledCost())).as("the negation cancels on-demand billing")
                .isZero();
    }

    @Test
    void tagsAndProductAttributesComeFromTheirJsonMaps() throws Exception {
        List<CostLine> lines = mapAll();

        CostLine ec2 = lines.get(0);
        assertThat(ec2.getTags()).isEqualTo("{\"user_team\":\"web\",\"user_env\":\"prod\"}");
        assertThat(ec2.getServiceName()).isEqualTo("Amazon Elastic Compute Cloud");
        assertThat(ec2.getServiceCategory()).isEqualTo("Compute");
        assertThat(ec2.getRegionId()).isEqualTo("us-east-1");
        assertThat(ec2.getRegionName()).isEqualTo("US East (N. Virginia)");
        assertThat(ec2.getSkuId()).isEqualTo("6QCMYABX3D4CW2HH");
        assertThat(ec2.getProviderExtras()).contains("\"line_item_line_item_type\":\"Usage\"",
                "\"line_item_usage_type\":\"BoxUsage:m5.large\"", "\"product_product_family\":\"Compute Instance\"");
        assertThat(lines.get(6).getTags()).as("a negative number is no formula")
                .isEqualTo("{\"user_team\":\"data\",\"user_cost_center\":\"-42\"}");
        CostLine transfer = lines.get(17);
        assertThat(transfer.getTags()).as("an empty map is no tags").isNull();
        assertThat(transfer.getServiceName()).as("no product_name in the map").isEqualTo("AWSDataTransfer");
        assertThat(transfer.getRegionId()).as("no product_region_code: the map's region").isEqualTo("us-east-1");
    }

    @Test
    void everyRowMeansWhatTheSameRowMeansInTheLegacyCur() throws Exception {
        try (BillFile file = BillFiles.open(SAMPLE)) {
            BillRowMapper cur2 = AwsCurFormat.cur2().rowMapper(file.header());
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                Map<String, String> legacyRow = asLegacyRow(file.header(), record.get());
                List<String> legacyHeader = new ArrayList<>(legacyRow.keySet());
                assertThat(new AwsCurFormat().check(legacyHeader).problems()).isEmpty();

                CostLine fromCur2 = cur2.toCostLine(7, record.get());
                CostLine fromLegacy = new AwsCurFormat().rowMapper(legacyHeader)
                        .toCostLine(7, new BillRecord(record.get().line(), new ArrayList<>(legacyRow.values())));

                assertThat(fromCur2).as("line %d", record.get().line()).usingRecursiveComparison()
                        .ignoringFields("providerExtras").isEqualTo(fromLegacy);
            }
        }
    }

    @Test
    void aBadRowIsRefusedWithEveryProblemNamed() {
        Map<String, String> row = aUsageRow();
        row.put("product", "{\"product_name\":");
        row.put("line_item_unblended_cost", "0,192");
        row.put("line_item_line_item_type", "SppDiscount");
        row.put("resource_tags", "{\"user_team\":\"=HYPERLINK(\\\"http://x\\\")\"}");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row));

        assertThat(refused.problems()).containsExactly(
                new RowProblem(2, "product", "{\"product_name\":", "not valid JSON"),
                new RowProblem(2, "line_item_line_item_type", "SppDiscount",
                        "not a known line item type (" + LineItemType.known() + ")"),
                new RowProblem(2, "line_item_unblended_cost", "0,192", "not a decimal number"),
                new RowProblem(2, "resource_tags", "{\"user_team\":\"=HYPERLINK(\\\"http://x\\\")\"}",
                        "value of tag \"user_team\" starts like a spreadsheet formula"));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedNamingIt() {
        List<String> header = new ArrayList<>(aUsageRow().keySet());
        header.remove("line_item_currency_code");

        assertThat(AwsCurFormat.cur2().check(header).problems()).containsExactly(new RowProblem(1,
                "line_item_currency_code", null, "column required in an AWS Cost and Usage Report 2.0 is missing"));
    }

    /** AWS's net amortized cost of a row, by line item type, from the row's own columns. */
    private static BigDecimal netAmortizedCost(CSVRecord row) {
        BigDecimal unblended = SourceCsv.amount(row, "line_item_unblended_cost");
        return switch (row.get("line_item_line_item_type")) {
            case "DiscountedUsage" -> SourceCsv.amount(row, "reservation_effective_cost");
            case "SavingsPlanCoveredUsage" -> SourceCsv.amount(row, "savings_plan_savings_plan_effective_cost");
            case "SavingsPlanNegation", "SavingsPlanUpfrontFee" -> BigDecimal.ZERO;
            case "RIFee" -> SourceCsv.amount(row, "reservation_unused_amortized_upfront_fee_for_billing_period")
                    .add(SourceCsv.amount(row, "reservation_unused_recurring_fee"));
            case "SavingsPlanRecurringFee" -> SourceCsv.amount(row, "savings_plan_total_commitment_to_date")
                    .subtract(SourceCsv.amount(row, "savings_plan_used_commitment"));
            case "Fee" -> row.get("reservation_reservation_a_r_n").isEmpty() ? unblended : BigDecimal.ZERO;
            default -> unblended;
        };
    }

    /** The same row with legacy column names: map keys become their own columns, as the legacy CUR has them. */
    private static Map<String, String> asLegacyRow(List<String> header, BillRecord record) {
        Map<String, String> cur2 = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cur2.put(header.get(i), record.value(i));
        }
        JsonObject product = json(cur2.get("product"));
        Map<String, String> legacy = new LinkedHashMap<>();
        for (CurField field : CurField.values()) {
            String name = field.cur2Name();
            String value = name.startsWith("product.") ? text(product, name.substring("product.".length())) : cur2.get(name);
            legacy.put(field.legacyName(), value == null ? "" : value);
        }
        json(cur2.get("resource_tags")).forEach((key, value) -> legacy.put("resourceTags/" + key,
                ((JsonString) value).getString()));
        return legacy;
    }

    private static JsonObject json(String text) {
        return RowValues.JSON.createReader(new StringReader(text)).readObject();
    }

    private static String text(JsonObject object, String key) {
        return object.containsKey(key) ? object.getString(key) : null;
    }

    private static Map<String, String> aUsageRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("identity_line_item_id", "abc");
        row.put("bill_payer_account_id", "111122223333");
        row.put("bill_billing_period_start_date", "2025-03-01T00:00:00.000Z");
        row.put("bill_billing_period_end_date", "2025-04-01T00:00:00.000Z");
        row.put("line_item_usage_account_id", "444455556666");
        row.put("line_item_line_item_type", "Usage");
        row.put("line_item_usage_start_date", "2025-03-05T10:00:00.000Z");
        row.put("line_item_usage_end_date", "2025-03-05T11:00:00.000Z");
        row.put("line_item_product_code", "AmazonEC2");
        row.put("line_item_usage_amount", "2.0");
        row.put("line_item_currency_code", "USD");
        row.put("line_item_unblended_cost", "0.192");
        row.put("product", "{\"product_name\":\"Amazon Elastic Compute Cloud\",\"region\":\"us-east-1\"}");
        row.put("resource_tags", "{\"user_team\":\"web\"}");
        return row;
    }

    private static CostLine map(Map<String, String> row) throws InvalidBillRowException {
        List<String> header = new ArrayList<>(row.keySet());
        return AwsCurFormat.cur2().rowMapper(header).toCostLine(7, new BillRecord(2, new ArrayList<>(row.values())));
    }

    private static List<CostLine> mapAll() throws Exception {
        List<CostLine> lines = new ArrayList<>();
        try (BillFile file = BillFiles.open(SAMPLE)) {
            BillRowMapper mapper = AwsCurFormat.cur2().rowMapper(file.header());
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }
        return lines;
    }

    private static Map<String, String> plain(Map<String, BigDecimal> totals) {
        Map<String, String> plain = new TreeMap<>();
        totals.forEach((currency, total) -> plain.put(currency, total.stripTrailingZeros().toPlainString()));
        return plain;
    }
}

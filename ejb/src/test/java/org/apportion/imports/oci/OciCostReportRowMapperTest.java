package org.apportion.imports.oci;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import org.apportion.imports.SourceCsv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An OCI cost report in euros with a correction, defined and free-form tags and a late row of the previous
 * month. Expected figures are computed here from the file's own columns.
 */
class OciCostReportRowMapperTest {

    static final Path SAMPLE = Path.of("src/test/resources/oci/reports_cost-csv_0001000000841727.csv");

    @Test
    void theSampleIsRecognisedWithoutHeaderProblems() throws Exception {
        try (BillFile file = BillFiles.open(SAMPLE)) {
            BillFormatReader format = BillFormats.detect(file.header()).orElseThrow();

            assertThat(format.format()).isEqualTo(BillFormat.OCI);
            assertThat(format.check(file.header())).isEqualTo(new BillFormatReader.HeaderCheck(null, List.of()));
        }
    }

    @Test
    void everyRowMapsAndTheTotalsPerCurrencyReconcileWithMyCost() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();
        Map<String, String> myCost = plain(SourceCsv.totals(source, r -> SourceCsv.amount(r, "cost/myCost"),
                "cost/currencyCode"));

        assertThat(lines).hasSize(source.size()).hasSize(7);
        assertThat(myCost).containsOnlyKeys("EUR");
        assertThat(plain(SourceCsv.totals(lines, CostLine::getBilledCost))).isEqualTo(myCost);
        assertThat(plain(SourceCsv.totals(lines, CostLine::getEffectiveCost))).as("no amortization").isEqualTo(myCost);
    }

    @Test
    void aCorrectionIsAnAdjustmentThatAddsToTheLineItCorrects() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();
        int correction = indexOf(source, "lineItem/isCorrection", "true");
        int corrected = indexOf(source, "lineItem/referenceNo", source.get(correction).get("lineItem/backreferenceNo"));

        CostLine line = lines.get(correction);
        assertThat(line.getChargeCategory()).isEqualTo("Adjustment");
        assertThat(line.getChargeFrequency()).isNull();
        assertThat(line.getProviderExtras()).contains("\"lineItem/isCorrection\":\"true\"",
                "\"lineItem/backreferenceNo\":\"" + source.get(corrected).get("lineItem/referenceNo") + "\"");
        assertThat(lines.get(corrected).getChargeCategory()).isEqualTo("Usage");
        assertThat(lines.get(corrected).getChargeFrequency()).isEqualTo("Usage-Based");
        assertThat(lines.get(corrected).getBilledCost().add(line.getBilledCost())).as("both stay: the net is billed")
                .isEqualByComparingTo(SourceCsv.amount(source.get(corrected), "cost/myCost")
                        .add(SourceCsv.amount(source.get(correction), "cost/myCost")));
    }

    @Test
    void theBillingPeriodIsTheUtcMonthTheUsageStartsIn() throws Exception {
        List<CSVRecord> source = SourceCsv.rows(SAMPLE);
        List<CostLine> lines = mapAll();

        for (int i = 0; i < lines.size(); i++) {
            LocalDateTime start = LocalDateTime.parse(source.get(i).get("lineItem/intervalUsageStart").replace("Z", ""));
            CostLine line = lines.get(i);
            assertThat(line.getChargePeriodStart()).isEqualTo(start);
            assertThat(line.getBillingPeriodStart()).isEqualTo(start.toLocalDate().withDayOfMonth(1).atStartOfDay());
            assertThat(line.getBillingPeriodEnd()).isEqualTo(line.getBillingPeriodStart().plusMonths(1));
        }
        CostLine late = lines.get(indexOf(source, "lineItem/intervalUsageStart", "2025-02-28T23:00Z"));
        assertThat(late.getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2025, 2, 1, 0, 0));
        assertThat(late.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
    }

    @Test
    void mapsTheTenancyCompartmentServiceAndTags() throws Exception {
        List<CostLine> lines = mapAll();

        CostLine ocpu = lines.get(0);
        assertThat(ocpu.getProviderName()).isEqualTo("Oracle");
        assertThat(ocpu.getInvoiceIssuerName()).isEqualTo("Oracle");
        assertThat(ocpu.getBillingAccountId()).startsWith("ocid1.tenancy.oc1..");
        assertThat(ocpu.getSubAccountId()).startsWith("ocid1.compartment.oc1..");
        assertThat(ocpu.getSubAccountName()).isEqualTo("app-prod");
        assertThat(ocpu.getBillingCurrency()).isEqualTo("EUR");
        assertThat(ocpu.getServiceName()).isEqualTo("COMPUTE");
        assertThat(ocpu.getServiceCategory()).isEqualTo("Compute");
        assertThat(ocpu.getRegionId()).isEqualTo("eu-frankfurt-1");
        assertThat(ocpu.getAvailabilityZone()).isEqualTo("Uocm:EU-FRANKFURT-1-AD-1");
        assertThat(ocpu.getSkuId()).isEqualTo("B93113");
        assertThat(ocpu.getChargeDescription()).isEqualTo("Compute - Standard - E4 - OCPU");
        assertThat(ocpu.getPricingQuantity()).isEqualByComparingTo("2");
        assertThat(ocpu.getPricingUnit()).isEqualTo("ONE HOURS OCPUS");
        assertThat(ocpu.getContractedUnitPrice()).isEqualByComparingTo("0.0236");
        assertThat(ocpu.getListCost()).as("the report has no list price").isNull();
        assertThat(ocpu.getTags()).isEqualTo("{\"Oracle-Tags.CreatedBy\":\"default/anna.schmidt@example.de\","
                + "\"Oracle-Tags.CreatedOn\":\"2025-01-08T14:22:31.418Z\",\"Finance.CostCenter\":\"CC-4711\","
                + "\"env\":\"prod\"}");
        CostLine transfer = lines.get(4);
        assertThat(transfer.getServiceCategory()).isEqualTo("Networking");
        assertThat(transfer.getTags()).isNull();
        assertThat(transfer.getProviderExtras()).contains("\"cost/overageFlag\":\"Y\"", "\"cost/subscriptionId\":\"48213907\"",
                "\"cost/myCostOverage\":\"0.0185\"", "\"lineItem/referenceNo\":\"V2.3wE5rT7yU9iO1pA3sD5fG7hJ9kL1zX3c+VbN5mQ7==\"");
        assertThat(lines.get(3).getServiceCategory()).as("OBJECTSTORE").isEqualTo("Storage");
    }

    @Test
    void aBadRowIsRefusedWithEveryProblemNamed() {
        Map<String, String> row = aRow();
        row.put("lineItem/intervalUsageEnd", "2025-03-10T07:00Z");
        row.put("cost/myCost", "1.2.3");
        row.put("cost/currencyCode", "EURO");
        row.put("lineItem/isCorrection", "yes");
        row.put("tags/env", "=1+1");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row));

        assertThat(refused.problems()).containsExactly(
                new RowProblem(2, "lineItem/intervalUsageEnd", "2025-03-10T07:00Z", "not after lineItem/intervalUsageStart"),
                new RowProblem(2, "lineItem/isCorrection", "yes", "not true or false"),
                new RowProblem(2, "cost/myCost", "1.2.3", "not a decimal number"),
                new RowProblem(2, "cost/currencyCode", "EURO", "not an ISO 4217 currency code"),
                new RowProblem(2, "tags/env", "=1+1", "starts like a spreadsheet formula"));
    }

    @Test
    void aHeaderWithoutTheTenancyIsRefusedNamingIt() {
        List<String> header = new ArrayList<>(aRow().keySet());
        header.remove("lineItem/tenantId");

        assertThat(new OciCostReportFormat().check(header).problems()).containsExactly(new RowProblem(1,
                "lineItem/tenantId", null, "column required in an OCI cost report is missing"));
    }

    private static Map<String, String> aRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("lineItem/referenceNo", "V2.abc==");
        row.put("lineItem/tenantId", "ocid1.tenancy.oc1..aaaa");
        row.put("lineItem/intervalUsageStart", "2025-03-10T08:00Z");
        row.put("lineItem/intervalUsageEnd", "2025-03-10T09:00Z");
        row.put("product/service", "COMPUTE");
        row.put("cost/myCost", "0.0472");
        row.put("cost/currencyCode", "EUR");
        row.put("lineItem/isCorrection", "false");
        row.put("tags/env", "prod");
        return row;
    }

    private static CostLine map(Map<String, String> row) throws InvalidBillRowException {
        List<String> header = new ArrayList<>(row.keySet());
        return new OciCostReportFormat().rowMapper(header).toCostLine(7, new BillRecord(2, new ArrayList<>(row.values())));
    }

    private static List<CostLine> mapAll() throws Exception {
        List<CostLine> lines = new ArrayList<>();
        try (BillFile file = BillFiles.open(SAMPLE)) {
            BillRowMapper mapper = new OciCostReportFormat().rowMapper(file.header());
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }
        return lines;
    }

    private static int indexOf(List<CSVRecord> rows, String column, String value) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get(column).equals(value)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value);
    }

    private static Map<String, String> plain(Map<String, BigDecimal> totals) {
        Map<String, String> plain = new TreeMap<>();
        totals.forEach((currency, total) -> plain.put(currency, total.stripTrailingZeros().toPlainString()));
        return plain;
    }
}

package org.apportion.imports.gcp;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.JsonBillFile;
import org.apportion.imports.RowProblem;
import org.apportion.imports.RowValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GcpBillingExportRowMapperTest {

    private static final String NDJSON = "gcp-billing-export.ndjson";
    private static final String CONSOLE_CSV = "gcp-billing-export-console.csv";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {NDJSON, "gcp-billing-export.ndjson.gz", "gcp-billing-export.csv"})
    void everyRowOfTheExportMapsAndTotalsReconcileWithTheSourcePerCurrency(String name) throws Exception {
        Path file = resource(name);
        List<Map<String, Object>> source = name.endsWith(".csv") ? csvSource(file) : jsonSource(file);

        Imported imported = importAll(file);

        assertThat(imported.refused()).isEmpty();
        assertThat(imported.lines()).hasSize(source.size()).hasSize(13);
        assertThat(totals(imported.lines(), CostLine::getBilledCost))
                .isEqualTo(sourceTotals(source, row -> cost(row).add(creditTotal(row))))
                .containsOnlyKeys("USD", "EUR");
        assertThat(totals(imported.lines(), CostLine::getEffectiveCost))
                .isEqualTo(totals(imported.lines(), CostLine::getBilledCost));
        assertThat(totals(imported.lines(), CostLine::getContractedCost))
                .isEqualTo(sourceTotals(source, GcpBillingExportRowMapperTest::cost));
        assertThat(totals(imported.lines(), CostLine::getListCost)).isEqualTo(sourceTotals(source,
                row -> row.get("cost_at_list") != null ? decimal(row.get("cost_at_list")) : cost(row)));
    }

    @Test
    void aUsageRowIsNetOfItsCreditsAndCarriesItsProjectLocationResourceAndLabels() throws Exception {
        CostLine line = lineAt(NDJSON, 1);

        assertThat(line.getBillingAccountId()).isEqualTo("01A2B3-C4D5E6-F7A8B9");
        assertThat(line.getSubAccountId()).isEqualTo("shop-prod");
        assertThat(line.getSubAccountName()).isEqualTo("Shop production");
        assertThat(line.getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
        assertThat(line.getBillingPeriodEnd()).isEqualTo(LocalDateTime.of(2024, 10, 1, 0, 0));
        assertThat(line.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 3, 7, 0));
        assertThat(line.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2024, 9, 3, 8, 0));
        assertThat(line.getBillingCurrency()).isEqualTo("USD");
        assertThat(line.getBilledCost()).isEqualTo(new BigDecimal("0.126304").add(new BigDecimal("-0.025261")));
        assertThat(line.getEffectiveCost()).isEqualTo(line.getBilledCost());
        assertThat(line.getContractedCost()).isEqualTo("0.126304");
        assertThat(line.getListCost()).isEqualTo("0.126304");
        assertThat(line.getContractedUnitPrice()).isEqualTo("0.031576");
        assertThat(line.getPricingQuantity()).isEqualTo("4.0");
        assertThat(line.getPricingUnit()).isEqualTo("hour");
        assertThat(line.getConsumedQuantity()).isEqualTo("14400.0");
        assertThat(line.getConsumedUnit()).isEqualTo("seconds");
        assertThat(line.getChargeCategory()).isEqualTo("Usage");
        assertThat(line.getChargeFrequency()).isEqualTo("Usage-Based");
        assertThat(line.getPricingCategory()).isEqualTo("Standard");
        assertThat(line.getChargeClass()).isNull();
        assertThat(line.getChargeDescription()).isEqualTo("N2 Instance Core running in Americas");
        assertThat(line.getServiceName()).isEqualTo("Compute Engine");
        assertThat(line.getServiceCategory()).isEqualTo("Compute");
        assertThat(line.getSkuId()).isEqualTo("CF4E-A0C7-E3BF");
        assertThat(line.getRegionId()).isEqualTo("us-central1");
        assertThat(line.getAvailabilityZone()).isEqualTo("us-central1-a");
        assertThat(line.getResourceId()).isEqualTo(
                "//compute.googleapis.com/projects/shop-prod/zones/us-central1-a/instances/4519330208746173029");
        assertThat(line.getResourceName()).isEqualTo("checkout-api-7f9c");
        assertThat(line.getProviderName()).isEqualTo("Google Cloud");
        assertThat(line.getPublisherName()).isEqualTo("Google Cloud");
        assertThat(line.getInvoiceIssuerName()).isEqualTo("Google Cloud");
        assertThat(line.getTags()).isEqualTo("{\"team\":\"payments\",\"env\":\"prod\","
                + "\"project:cost-center\":\"cc-42\",\"tag:123456789012/environment\":\"production\"}");
        JsonObject extras = json(line.getProviderExtras()).asJsonObject();
        assertThat(extras.getString("cost_type")).isEqualTo("regular");
        assertThat(extras.getString("service.id")).isEqualTo("6F81-5844-456A");
        assertThat(extras.getString("export_time")).isEqualTo("2024-09-03 10:14:52.403418 UTC");
        assertThat(extras.getJsonArray("credits").getJsonObject(0).getString("type"))
                .isEqualTo("SUSTAINED_USAGE_DISCOUNT");
        assertThat(extras.getJsonArray("system_labels")).hasSize(2);
    }

    @Test
    void eachCostTypeBecomesItsChargeCategory() throws Exception {
        Map<Long, CostLine> byLine = byLine(importAll(resource(NDJSON)).lines());

        assertThat(byLine.get(1L).getChargeCategory()).as("regular").isEqualTo("Usage");
        assertThat(byLine.get(3L).getChargeCategory()).as("regular, a commitment's fee").isEqualTo("Purchase");
        assertThat(byLine.get(8L).getChargeCategory()).as("tax").isEqualTo("Tax");
        assertThat(byLine.get(9L).getChargeCategory()).as("adjustment").isEqualTo("Adjustment");
        assertThat(byLine.get(10L).getChargeCategory()).as("rounding error").isEqualTo("Adjustment");
        assertThat(byLine.get(9L).getChargeClass()).as("adjustment_info marks a correction").isEqualTo("Correction");
        assertThat(byLine.get(8L).getChargeFrequency()).isNull();
        assertThat(byLine.get(8L).getConsumedQuantity()).isNull();
        assertThat(byLine.get(8L).getPricingCategory()).isNull();
    }

    @Test
    void committedUseDiscountsShowAsCoveredUsageAndARecurringPurchase() throws Exception {
        Map<Long, CostLine> byLine = byLine(importAll(resource(NDJSON)).lines());
        CostLine covered = byLine.get(2L);
        CostLine fee = byLine.get(3L);

        assertThat(covered.getBilledCost()).isEqualByComparingTo("0");
        assertThat(covered.getContractedCost()).isEqualTo("0.068004");
        assertThat(covered.getPricingCategory()).isEqualTo("Committed");
        assertThat(covered.getCommitmentDiscountCategory()).isEqualTo("Usage");
        assertThat(covered.getCommitmentDiscountStatus()).isEqualTo("Used");
        assertThat(covered.getCommitmentDiscountName()).isEqualTo("Committed use discount: RAM");
        assertThat(covered.getCommitmentDiscountType()).isEqualTo("Committed Use Discount");
        assertThat(fee.getChargeFrequency()).isEqualTo("Recurring");
        assertThat(fee.getPricingCategory()).isEqualTo("Committed");
        assertThat(fee.getCommitmentDiscountId()).isEqualTo("a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f607");
        assertThat(fee.getBilledCost()).isEqualTo("0.042832");
        assertThat(fee.getConsumedQuantity()).as("a purchase consumes nothing").isNull();
    }

    @Test
    void aRecordWithoutItsOptionalFieldsMapsThemAsAbsent() throws Exception {
        CostLine line = lineAt(NDJSON, 6);

        assertThat(line.getBilledCost()).isEqualTo("0.0864");
        assertThat(line.getListCost()).as("no cost_at_list: the cost").isEqualTo("0.0864");
        assertThat(line.getContractedUnitPrice()).isNull();
        assertThat(line.getTags()).isNull();
        assertThat(line.getRegionId()).isNull();
        assertThat(line.getResourceId()).isNull();
        assertThat(line.getServiceCategory()).isEqualTo("Compute");
        assertThat(json(line.getProviderExtras()).asJsonObject()).doesNotContainKeys("credits", "system_labels");
    }

    @Test
    void otherCurrenciesKeepTheirConversionRateAndResoldServicesTheirSeller() throws Exception {
        Map<Long, CostLine> byLine = byLine(importAll(resource(NDJSON)).lines());
        CostLine cloudSql = byLine.get(12L);

        assertThat(cloudSql.getBillingCurrency()).isEqualTo("EUR");
        assertThat(cloudSql.getBilledCost()).isEqualTo(
                new BigDecimal("0.07395").add(new BigDecimal("-0.007395")).add(new BigDecimal("-0.01")));
        assertThat(cloudSql.getPublisherName()).isEqualTo("Cloud Partner SAS");
        assertThat(cloudSql.getServiceCategory()).isEqualTo("Databases");
        assertThat(json(cloudSql.getProviderExtras()).asJsonObject().getString("currency_conversion_rate"))
                .isEqualTo("0.901234");
        assertThat(byLine.get(7L).getBillingPeriodStart()).as("late August usage on the September invoice")
                .isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
    }

    @Test
    void theConsoleCsvSpellingReadsAlikeAndABadRowIsRefusedWithEachProblemByItsColumn() throws Exception {
        Path file = resource(CONSOLE_CSV);
        List<Map<String, Object>> source = csvSource(file);

        Imported imported = importAll(file);

        assertThat(imported.lines()).hasSize(source.size() - 1);
        String badCredits = "[{\"name\":\"Spending based discount\",\"amount\":-0.390625,}]";
        assertThat(imported.refused()).singleElement().satisfies(refused -> assertThat(refused.problems())
                .containsExactlyInAnyOrder(
                        new RowProblem(7, "usage_start_time", "2024-09-31 14:00:00 UTC",
                                "not an ISO 8601 date-time (expected e.g. 2024-09-01T00:00:00Z)"),
                        new RowProblem(7, "credits", badCredits, "not valid JSON"),
                        new RowProblem(7, "invoice_month", "2024-09", "not a month as YYYYMM")));
        List<Map<String, Object>> goodRows = source.stream().filter(row -> !"2024-09".equals(row.get("invoice.month")))
                .toList();
        assertThat(totals(imported.lines(), CostLine::getBilledCost))
                .isEqualTo(sourceTotals(goodRows, row -> cost(row).add(creditTotal(row))));
        CostLine first = imported.lines().getFirst();
        assertThat(first.getServiceName()).isEqualTo("Compute Engine");
        assertThat(first.getSubAccountId()).isEqualTo("shop-prod");
        assertThat(first.getTags()).isEqualTo("{\"team\":\"payments\",\"env\":\"prod\"}");
    }

    @Test
    void aRefusedJsonRowExportedAsCsvWithTheReadColumnsImportsAgain() throws Exception {
        Path json = resource(NDJSON);
        List<String> columns;
        List<BillRecord> rows = new ArrayList<>();
        try (BillFile file = BillFiles.open(json)) {
            columns = new GcpBillingExportFormat().columns(file.header());
            file.readColumns(columns);
            for (Optional<BillRecord> row = file.next(); row.isPresent(); row = file.next()) {
                rows.add(row.get());
            }
        }
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(columns);
            for (BillRecord row : rows) {
                printer.printRecord(row.values().stream().map(v -> v == null ? "" : v).toList());
            }
        }
        Path again = Files.writeString(dir.resolve("rejected-rows.csv"), csv.toString());

        List<CostLine> fromJson = importAll(json).lines();
        List<CostLine> fromCsv = importAll(again).lines();

        assertThat(fromCsv).hasSameSizeAs(fromJson);
        for (int i = 0; i < fromJson.size(); i++) {
            assertThat(fromCsv.get(i)).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo,
                    BigDecimal.class).ignoringFields("sourceLine").isEqualTo(fromJson.get(i));
        }
    }

    @Test
    void refusesEveryProblemOfARowAtOnce() {
        Map<String, String> row = usageRow();
        row.put("cost_type", "discount");
        row.put("labels", "[{\"key\":\"team\",\"value\":\"=HYPERLINK(\\\"http://x\\\")\"}]");
        row.put("credits", "[{\"name\":\"SUD\",\"type\":\"SUSTAINED_USAGE_DISCOUNT\"}]");
        row.put("usage_end_time", "2024-09-03 06:00:00 UTC");
        row.put("currency", "US$");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row));

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                new RowProblem(2, "cost_type", "discount",
                        "not a known cost type (regular, tax, adjustment, rounding error)"),
                new RowProblem(2, "labels", row.get("labels"), "value of \"team\" starts like a spreadsheet formula"),
                new RowProblem(2, "credits", row.get("credits"),
                        "credit 1 has no amount, or one that is not a JSON number"),
                new RowProblem(2, "usage_end_time", "2024-09-03 06:00:00 UTC", "before usage_start_time"),
                new RowProblem(2, "currency", "US$", "not an ISO 4217 currency code"));
    }

    @Test
    void readsTheRoundingErrorSpellingOfGooglesFocusViewAndRefusesLabelsThatAreNoPairs() throws Exception {
        Map<String, String> row = usageRow();
        row.put("cost_type", "ROUNDING_ERROR");
        assertThat(map(row).getChargeCategory()).isEqualTo("Adjustment");

        row.put("project.labels", "{\"team\":\"payments\"}");
        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> map(row));
        assertThat(refused.problems()).containsExactly(
                new RowProblem(2, "project.labels", "{\"team\":\"payments\"}", "not a JSON array"));
    }

    @Test
    void recognisesTheFirstJsonRecordAndBothCsvSpellingsAndNamesAMissingColumn() throws Exception {
        try (BillFile json = BillFiles.open(resource(NDJSON))) {
            assertThat(json).isInstanceOf(JsonBillFile.class);
            assertThat(BillFormats.detect(json.header())).containsInstanceOf(GcpBillingExportFormat.class);
            assertThat(new GcpBillingExportFormat().check(json.header()))
                    .isEqualTo(new BillFormatReader.HeaderCheck("detailed", List.of()));
        }
        List<String> console;
        try (BillFile csv = BillFiles.open(resource(CONSOLE_CSV))) {
            console = csv.header();
        }
        assertThat(BillFormats.detect(console)).containsInstanceOf(GcpBillingExportFormat.class);
        assertThat(new GcpBillingExportFormat().check(console).version()).isEqualTo("standard");
        assertThat(new GcpBillingExportFormat().columns(console)).hasSameSizeAs(GcpBillingExportFormat.COLUMNS)
                .contains("service_description", "invoice_month", "usage_start_time", "resource.name", "tags");

        List<String> withoutCurrency = new ArrayList<>(console);
        withoutCurrency.remove("currency");
        assertThat(new GcpBillingExportFormat().check(withoutCurrency).problems()).containsExactly(
                new RowProblem(1, "currency", null, "column required in a Google Cloud billing export is missing"));
        assertThat(new GcpBillingExportFormat()
                .recognises(List.of("BilledCost", "BillingAccountId", "ChargePeriodStart"))).isFalse();
    }

    // --- helpers ---

    private record Imported(List<CostLine> lines, List<InvalidBillRowException> refused) {
    }

    /** Reads a file as the import job does: detect, check, fix the columns, map every row. */
    private static Imported importAll(Path path) throws IOException {
        List<CostLine> lines = new ArrayList<>();
        List<InvalidBillRowException> refused = new ArrayList<>();
        try (BillFile file = BillFiles.open(path)) {
            BillFormatReader format = BillFormats.detect(file.header()).orElseThrow();
            assertThat(format).isInstanceOf(GcpBillingExportFormat.class);
            assertThat(format.check(file.header()).problems()).isEmpty();
            List<String> columns = format.columns(file.header());
            file.readColumns(columns);
            BillRowMapper mapper = format.rowMapper(columns);
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                try {
                    lines.add(mapper.toCostLine(1, record.get()));
                } catch (InvalidBillRowException e) {
                    refused.add(e);
                }
            }
        }
        return new Imported(lines, refused);
    }

    private CostLine lineAt(String name, long line) throws Exception {
        return byLine(importAll(resource(name)).lines()).get(line);
    }

    private static Map<Long, CostLine> byLine(List<CostLine> lines) {
        Map<Long, CostLine> byLine = new HashMap<>();
        lines.forEach(l -> byLine.put(l.getSourceLine(), l));
        return byLine;
    }

    private static Map<String, BigDecimal> totals(List<CostLine> lines, Function<CostLine, BigDecimal> amount) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        lines.forEach(l -> totals.merge(l.getBillingCurrency(), amount.apply(l), BigDecimal::add));
        return totals;
    }

    private static Map<String, BigDecimal> sourceTotals(List<Map<String, Object>> rows,
                                                        Function<Map<String, Object>, BigDecimal> amount) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        rows.forEach(r -> totals.merge((String) r.get("currency"), amount.apply(r), BigDecimal::add));
        return totals;
    }

    private static BigDecimal cost(Map<String, Object> row) {
        return decimal(row.get("cost"));
    }

    /** The credits' amounts summed straight from the source's JSON, independently of the mapper. */
    private static BigDecimal creditTotal(Map<String, Object> row) {
        Object credits = row.get("credits");
        JsonArray array = credits == null ? JsonValue.EMPTY_JSON_ARRAY
                : credits instanceof JsonArray a ? a : json((String) credits).asJsonArray();
        return array.stream().map(c -> c.asJsonObject().getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof JsonNumber number ? number.bigDecimalValue() : new BigDecimal((String) value);
    }

    /** Each NDJSON record's top-level fields, read with JSON-P, as the source of truth. */
    private static List<Map<String, Object>> jsonSource(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (InputStream bytes = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(bytes) : bytes;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    JsonObject record = json(line).asJsonObject();
                    Map<String, Object> row = new HashMap<>(record);
                    row.put("currency", record.getString("currency"));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** Each CSV row by nested column name (underscores read as the export's dots), as the source of truth. */
    private static List<Map<String, Object>> csvSource(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser csv = CSVParser.builder().setReader(reader)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord record : csv) {
                Map<String, Object> row = new HashMap<>();
                record.toMap().forEach((column, value) -> {
                    if (!value.isEmpty()) {
                        row.put(GcpBillingExportFormat.nestedName(column), value);
                    }
                });
                rows.add(row);
            }
        }
        return rows;
    }

    private static JsonValue json(String text) {
        try (JsonReader reader = RowValues.JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getResource(name).toURI());
    }

    private static Map<String, String> usageRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("billing_account_id", "01A2B3-C4D5E6-F7A8B9");
        row.put("service.id", "6F81-5844-456A");
        row.put("service.description", "Compute Engine");
        row.put("sku.description", "N2 Instance Core running in Americas");
        row.put("usage_start_time", "2024-09-03 07:00:00 UTC");
        row.put("usage_end_time", "2024-09-03 08:00:00 UTC");
        row.put("project.id", "shop-prod");
        row.put("cost", "0.126304");
        row.put("currency", "USD");
        row.put("credits", "[]");
        row.put("invoice.month", "202409");
        row.put("cost_type", "regular");
        return row;
    }

    /** Maps a row given by nested field names; the other columns are absent, as BigQuery omits null fields. */
    private static CostLine map(Map<String, String> fields) throws InvalidBillRowException {
        List<String> columns = new GcpBillingExportFormat().columns(new ArrayList<>(fields.keySet()));
        List<String> values = columns.stream().map(fields::get).toList();
        return new GcpBillingExportFormat().rowMapper(columns).toCostLine(7, new BillRecord(2, values));
    }
}

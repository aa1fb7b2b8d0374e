package org.apportion.generator;

import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.mapped.MappedCsvFormat;
import org.apportion.imports.mapped.MappingDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HostingInvoiceGeneratorTest {

    private static final PeriodSpec SPEC = new PeriodSpec(21, YearMonth.of(2025, 1), YearMonth.of(2026, 1));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void theInvoiceHasTheSamplesColumnsDatesAndCurrency() throws Exception {
        List<String> sampleHeader = Files.readAllLines(TestFiles.TESTDATA.resolve("bills/saas/hosting-invoice-2025-03.csv")).getFirst()
                .lines().toList();
        YearMonth march = YearMonth.of(2025, 3);
        String invoice = write(march).text();
        List<CSVRecord> lines = TestFiles.csv(invoice);

        assertThat(invoice.lines().findFirst()).contains(String.join(",", sampleHeader));
        assertThat(lines).hasSizeBetween(4, 8);
        assertThat(lines).extracting(l -> l.get("Currency")).containsOnly("EUR");
        assertThat(lines).extracting(l -> l.get("Invoice")).containsOnly(lines.getFirst().get("Invoice"));
        assertThat(lines.getFirst().get("Invoice")).matches("INV-2025-03\\d\\d");
        assertThat(lines).extracting(l -> YearMonth.from(LocalDate.parse(l.get("Date"), DATE))).containsOnly(march);
        assertThat(lines).extracting(l -> l.get("Description")).contains("Managed Postgres, 4 vCPU", "Business support plan");
    }

    @Test
    void theTotalsAreTheSumOfTheAmountsOverTheYear() throws Exception {
        for (YearMonth month = SPEC.firstMonth(); !month.isAfter(SPEC.lastMonth()); month = month.plusMonths(1)) {
            Written written = write(month);
            List<CSVRecord> lines = TestFiles.csv(written.text());
            BigDecimal amounts = lines.stream().map(l -> new BigDecimal(l.get("Amount"))).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(written.totals().rows()).isEqualTo(lines.size());
            assertThat(written.totals().byCurrency()).containsOnlyKeys("EUR");
            assertThat(written.totals().in("EUR").billedCost()).isEqualByComparingTo(amounts)
                    .isEqualByComparingTo(written.totals().in("EUR").effectiveCost());
            assertThat(lines).allSatisfy(l -> assertThat(new BigDecimal(l.get("Amount")).scale()).isEqualTo(2));
        }
    }

    @Test
    void storageGrowsAndSomeMonthsBringAServiceLevelCredit() throws Exception {
        List<CSVRecord> year = new ArrayList<>();
        for (YearMonth month = SPEC.firstMonth(); !month.isAfter(SPEC.lastMonth()); month = month.plusMonths(1)) {
            year.addAll(TestFiles.csv(write(month).text()));
        }
        List<Long> dataLake = year.stream().filter(l -> l.get("Project").equals("data-lake") && l.get("Product").equals("Object Storage"))
                .map(l -> Long.parseLong(l.get("Quantity"))).toList();
        List<CSVRecord> credits = year.stream().filter(l -> l.get("Product").equals("Credit")).toList();

        assertThat(dataLake).hasSize(13);
        assertThat(dataLake.getLast()).isGreaterThan(dataLake.getFirst() * 13 / 10);
        assertThat(credits).isNotEmpty().hasSizeLessThan(9)
                .allSatisfy(c -> assertThat(new BigDecimal(c.get("Amount"))).isNegative());
    }

    @Test
    void theSameSpecWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        YearMonth month = YearMonth.of(2025, 7);
        StringWriter otherSeed = new StringWriter();
        new HostingInvoiceGenerator(new PeriodSpec(22, SPEC.firstMonth(), SPEC.lastMonth())).writeMonth(month, otherSeed);

        assertThat(sha256(write(month).text())).isEqualTo(sha256(write(month).text()));
        assertThat(write(month).text()).isNotEqualTo(otherSeed.toString());
    }

    @Test
    void theMappingIsTheOneTheIntegrationTestSavesAsHosting() throws Exception {
        String test = Files.readString(TestFiles.PROJECT.resolve("ear/src/test/java/org/apportion/it/MappedCsvImportIT.java"));
        Matcher hosting = Pattern.compile("HOSTING = \"\"\"(.*?)\"\"\";", Pattern.DOTALL).matcher(test);

        assertThat(hosting.find()).isTrue();
        assertThat(TestFiles.json(HostingInvoiceGenerator.MAPPING)).isEqualTo(TestFiles.json(hosting.group(1)));
        assertThat(HostingInvoiceGenerator.MAPPING_NAME).isEqualTo("hosting");
    }

    @Test
    void everyLineImportsThroughTheMappingAsTheApplicationReadsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("invoice.csv");
        List<CostLine> imported = new ArrayList<>();
        BigDecimal written = BigDecimal.ZERO;
        JsonObject categories = TestFiles.json(HostingInvoiceGenerator.MAPPING).getJsonObject("values").getJsonObject("ChargeCategory");
        for (YearMonth month = SPEC.firstMonth(); !month.isAfter(SPEC.lastMonth()); month = month.plusMonths(1)) {
            written = written.add(new HostingInvoiceGenerator(SPEC).writeMonth(month, file).in("EUR").billedCost());
            BillFormatReader reader = new MappedCsvFormat("hosting", MappingDefinition.fromJson(HostingInvoiceGenerator.MAPPING));
            try (CsvBillFile bill = CsvBillFile.open(file)) {
                assertThat(reader.check(bill.header()).problems()).isEmpty();
                var mapper = reader.rowMapper(bill.header());
                for (Optional<BillRecord> row = bill.next(); row.isPresent(); row = bill.next()) {
                    imported.add(mapper.toCostLine(1, row.get())); // throws on any row the import would refuse
                }
            }
        }

        assertThat(imported.stream().map(CostLine::getBilledCost).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(written);
        assertThat(imported).extracting(CostLine::getChargeCategory).containsOnly("Usage", "Purchase", "Credit");
        assertThat(imported).extracting(CostLine::getBillingCurrency).containsOnly("EUR");
        assertThat(imported).extracting(CostLine::getServiceName).allMatch(categories::containsKey);
    }

    private record Written(String text, BillTotals totals) {
    }

    private static Written write(YearMonth month) throws Exception {
        StringWriter out = new StringWriter();
        BillTotals totals = new HostingInvoiceGenerator(SPEC).writeMonth(month, out);
        return new Written(out.toString(), totals);
    }

    private static String sha256(String text) {
        return TestFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}

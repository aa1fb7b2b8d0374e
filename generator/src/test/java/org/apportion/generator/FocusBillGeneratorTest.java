package org.apportion.generator;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.focus.FocusHeader;
import org.apportion.imports.focus.FocusRowMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FocusBillGeneratorTest {

    private static final BillSpec SPEC = new BillSpec(42, 30_000, YearMonth.of(2024, 9), YearMonth.of(2025, 9));
    private static final Path FOCUS_SAMPLE = Path.of(System.getProperty("apportion.testdata", "../testdata"))
            .resolve("bills/focus-1.0/focus_sample.csv");

    @TempDir
    static Path dir;
    static Path bill;
    static BillTotals written;
    /** The generated bill as the application's own FOCUS reader and row mapper see it. */
    static List<CostLine> imported = new ArrayList<>();

    @BeforeAll
    static void generateAndReadBack() throws Exception {
        bill = dir.resolve("bill.csv");
        written = new FocusBillGenerator(SPEC).write(bill);
        try (CsvBillFile file = CsvBillFile.open(bill)) {
            FocusHeader header = FocusHeader.of(file.header());
            assertThat(header.problems()).isEmpty();
            assertThat(header.version()).isEqualTo("1.0");
            FocusRowMapper mapper = new FocusRowMapper(header);
            for (Optional<BillRecord> row = file.next(); row.isPresent(); row = file.next()) {
                imported.add(mapper.toCostLine(1, row.get())); // throws on any row the importer would refuse
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws Exception {
        Path again = dir.resolve("again.csv");
        Path otherSeed = dir.resolve("other-seed.csv");
        new FocusBillGenerator(SPEC).write(again);
        new FocusBillGenerator(new BillSpec(43, SPEC.rows(), SPEC.firstMonth(), SPEC.lastMonth())).write(otherSeed);

        assertThat(TestFiles.sha256(again)).isEqualTo(TestFiles.sha256(bill));
        assertThat(TestFiles.sha256(otherSeed)).isNotEqualTo(TestFiles.sha256(bill));
    }

    @Test
    void theHeaderIsTheFocusSamplesWithoutItsIdColumn() throws Exception {
        try (CsvBillFile sample = CsvBillFile.open(FOCUS_SAMPLE); CsvBillFile generated = CsvBillFile.open(bill)) {
            List<String> expected = new ArrayList<>(sample.header());
            expected.remove("Id");
            assertThat(generated.header()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyRowIsAcceptedAndTheReportedTotalsAreTheParsedOnes() {
        assertThat(imported).hasSize(30_000);
        assertThat(written.rows()).isEqualTo(30_000);
        assertThat(written.byCurrency()).containsOnlyKeys("USD");
        CostTotals usd = written.in("USD");
        assertThat(usd.rows()).isEqualTo(30_000);
        assertThat(sum(imported, CostLine::getBilledCost)).isEqualByComparingTo(usd.billedCost());
        assertThat(sum(imported, CostLine::getEffectiveCost)).isEqualByComparingTo(usd.effectiveCost());
        assertThat(sum(imported, CostLine::getListCost)).isEqualByComparingTo(usd.listCost());
        assertThat(sum(imported, CostLine::getContractedCost)).isEqualByComparingTo(usd.contractedCost());
        assertThat(usd.billedCost()).isNotEqualByComparingTo(usd.effectiveCost());
    }

    @Test
    void theBillLooksLikeACompanysCloudBill() {
        assertThat(imported).extracting(CostLine::getProviderName).containsOnly("AWS", "Microsoft", "Google Cloud");
        assertThat(countBy(imported, CostLine::getBillingAccountId)).hasSize(4);
        assertThat(countBy(imported, CostLine::getSubAccountId)).hasSize(50);
        assertThat(countBy(imported, CostLine::getServiceCategory)).hasSizeGreaterThanOrEqualTo(14);
        assertThat(countBy(imported, l -> l.getBillingPeriodStart().toLocalDate())).hasSize(13);
        Map<String, Long> categories = countBy(imported, CostLine::getChargeCategory);
        assertThat(categories).containsOnlyKeys("Usage", "Purchase", "Tax", "Credit");
        assertThat(categories.get("Usage")).isGreaterThan(27_000);
        long untagged = imported.stream().filter(l -> l.getTags() == null).count();
        assertThat(untagged).isBetween(3_000L, 9_000L);
        assertThat(countBy(imported.stream().filter(l -> l.getTags() != null).toList(), CostLine::getTags))
                .hasSizeBetween(500, 5_000);
        assertThat(imported).allSatisfy(l -> assertThat(l.getBilledCost().stripTrailingZeros().scale()).isLessThanOrEqualTo(10));
    }

    @Test
    void costFollowsOfficeHoursWeekdaysAndGrowth() {
        List<CostLine> usage = imported.stream().filter(l -> l.getChargeCategory().equals("Usage")).toList();
        BigDecimal noon = average(usage.stream().filter(l -> l.getChargePeriodStart().getHour() == 12).toList());
        BigDecimal night = average(usage.stream().filter(l -> l.getChargePeriodStart().getHour() == 3).toList());
        BigDecimal weekday = average(usage.stream().filter(l -> l.getChargePeriodStart().getDayOfWeek().getValue() <= 5).toList());
        BigDecimal weekend = average(usage.stream().filter(l -> l.getChargePeriodStart().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0).toList());
        BigDecimal firstMonth = sum(usage.stream().filter(l -> YearMonth.from(l.getChargePeriodStart()).equals(SPEC.firstMonth())).toList(), CostLine::getListCost);
        BigDecimal lastMonth = sum(usage.stream().filter(l -> YearMonth.from(l.getChargePeriodStart()).equals(SPEC.lastMonth())).toList(), CostLine::getListCost);

        assertThat(noon).isGreaterThan(night);
        assertThat(weekday).isGreaterThan(weekend);
        assertThat(lastMonth).isGreaterThan(firstMonth);
    }

    @Test
    void writesToAnyWriterAndStopsAtTheRowsAsked() throws Exception {
        StringWriter out = new StringWriter();
        BillTotals totals = new FocusBillGenerator(new BillSpec(7, 3, YearMonth.of(2025, 1), YearMonth.of(2025, 1))).write(out);

        assertThat(out.toString().lines()).hasSize(4);
        assertThat(totals.rows()).isEqualTo(3);
    }

    private static BigDecimal sum(List<CostLine> lines, java.util.function.Function<CostLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(List<CostLine> lines) {
        return sum(lines, CostLine::getListCost).divide(BigDecimal.valueOf(lines.size()), 10, java.math.RoundingMode.HALF_UP);
    }

    private static <K> Map<K, Long> countBy(List<CostLine> lines, java.util.function.Function<CostLine, K> key) {
        Map<K, Long> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(key.apply(l), 1L, Long::sum));
        return counts;
    }

    @Test
    void aBillOfSomeSubAccountsHoldsOnlyThose() throws Exception {
        StringWriter out = new StringWriter();
        BillSpec spec = new BillSpec(5, 2_000, YearMonth.of(2025, 1), YearMonth.of(2025, 2));
        new FocusBillGenerator(spec, a -> a.billingAccount() != FictionalCompany.AWS_ACQUIRED).write(out);

        assertThat(out.toString()).doesNotContain(FictionalCompany.AWS_ACQUIRED.id())
                .contains(FictionalCompany.AWS_PAYER.id());
    }
}

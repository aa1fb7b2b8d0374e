package org.apportion.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apportion.generator.DemoCompany.DemoFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCompanyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final DateTimeFormatter FOCUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    static Path dir;
    static List<DemoFile> files;

    @BeforeAll
    static void write() throws Exception {
        files = new DemoCompany(TODAY).writeTo(dir.resolve("demo"));
    }

    @Test
    void thirteenFullMonthsEndingLastMonthInEveryForm() {
        DemoCompany demo = new DemoCompany(TODAY);
        Map<String, Long> filesPerFormat = files.stream().collect(Collectors.groupingBy(DemoFile::format, Collectors.counting()));

        assertThat(demo.firstMonth()).isEqualTo(YearMonth.of(2025, 2));
        assertThat(demo.lastMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(filesPerFormat).containsOnly(Map.entry("FOCUS", 1L), Map.entry("AWS_CUR2", 13L),
                Map.entry("OPENAI", 13L), Map.entry("ANTHROPIC", 13L), Map.entry("CSV_MAPPED", 13L));
        assertThat(files).allSatisfy(f -> assertThat(f.path()).isRegularFile().hasParent(dir.resolve("demo")));
        assertThat(files).extracting(DemoFile::path).doesNotHaveDuplicates();
        assertThat(files).filteredOn(f -> f.format().equals("CSV_MAPPED"))
                .allSatisfy(f -> assertThat(f.mapping()).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo("hosting")));
        assertThat(files).filteredOn(f -> !f.format().equals("CSV_MAPPED")).allSatisfy(f -> assertThat(f.mapping()).isEmpty());
        assertThat(files).allSatisfy(f -> assertThat(f.written()).isNotBlank());
    }

    @Test
    void theFocusBillHasAFewThousandRowsAMonthAndLeavesTheCurOrganizationOut() throws Exception {
        List<CSVRecord> focus = TestFiles.csv(only("FOCUS").path());
        Map<YearMonth, Long> rowsPerPeriod = focus.stream().collect(Collectors.groupingBy(
                r -> YearMonth.from(LocalDateTime.parse(r.get("BillingPeriodStart"), FOCUS_TIME)), Collectors.counting()));

        assertThat(rowsPerPeriod).hasSize(13).containsKeys(YearMonth.of(2025, 2), YearMonth.of(2026, 2));
        assertThat(rowsPerPeriod.values()).allMatch(rows -> rows > 2_500 && rows < 3_500);
        assertThat(focus).extracting(r -> r.get("BillingAccountId")).doesNotContain("602214076022")
                .contains("481516234201");
    }

    @Test
    void eachCurFileIsOneBillingPeriodOfThePayerTheFocusBillLeavesOut() throws Exception {
        for (DemoFile file : files.stream().filter(f -> f.format().equals("AWS_CUR2")).toList()) {
            List<CSVRecord> lineItems = TestFiles.csv(file.path());
            String name = file.path().getFileName().toString();
            String month = name.substring(name.length() - "2025-01.csv".length(), name.length() - ".csv".length());

            assertThat(lineItems).hasSizeBetween(300, 700);
            assertThat(lineItems).extracting(r -> r.get("bill_payer_account_id")).containsOnly("602214076022");
            assertThat(lineItems).extracting(r -> r.get("bill_billing_period_start_date")).containsOnly(month + "-01T00:00:00Z");
        }
    }

    @Test
    void theSameTodayWritesTheSameBytes() throws Exception {
        List<DemoFile> again = new DemoCompany(TODAY).writeTo(dir.resolve("again"));

        assertThat(again).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(TestFiles.sha256(again.get(i).path())).as(again.get(i).path().getFileName().toString())
                    .isEqualTo(TestFiles.sha256(files.get(i).path()));
        }
        assertThat(Files.size(only("FOCUS").path())).isLessThan(50L << 20);
    }

    private static DemoFile only(String format) {
        return files.stream().filter(f -> f.format().equals(format)).findFirst().orElseThrow();
    }
}

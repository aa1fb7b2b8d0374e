package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reissued bill for the same billing account and period replaces the earlier rows, in one transaction. */
class RestatementIT extends ApportionIT {

    private static final String MICROSOFT_ACCOUNT = "/providers/Microsoft.Billing/billingAccounts/8611537";


    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    @Test
    void aRestatedBillLeavesOnlyItsOwnRowsAndTotals() throws Exception {
        long original = api.importAndWait(FocusImportIT.SAMPLE, "focus_sample.csv").getJsonNumber("id").longValue();
        List<String> restated = BillFiles.lines(FocusImportIT.SAMPLE);
        for (int line = 2; line <= 101; line++) {
            restated = BillFiles.withValue(restated, line, "BilledCost", "1.25");
        }
        Path file = BillFiles.write("focus_sample-restated.csv", restated, "\n");

        JsonObject restatement = api.importAndWait(file, "focus_sample-restated.csv");

        assertThat(restatement.getString("status")).isEqualTo("COMPLETED");
        long restatementId = restatement.getJsonNumber("id").longValue();
        JsonObject superseded = api.batch(original);
        assertThat(superseded.getString("status")).isEqualTo("SUPERSEDED");
        assertThat(superseded.getJsonNumber("rowsSuperseded").longValue()).isEqualTo(1000);
        assertThat(superseded.getJsonNumber("supersededBy").longValue()).isEqualTo(restatementId);
        assertThat(superseded.getJsonObject("totals").getJsonObject("USD").getString("billedCost"))
                .as("history keeps what the original imported").isEqualTo("20.52022672899");
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isEqualTo(1000);
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", restatementId)).isEqualTo(1000);
        BigDecimal stored = TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line");
        assertThat(stored).isEqualByComparingTo(restatement.getJsonObject("totals").getJsonObject("USD").getString("billedCost"));
        assertThat(stored).isEqualByComparingTo(expectedBilledTotal(file));
    }

    @Test
    void aBillForOneAccountReplacesOnlyThatAccountsRows() throws Exception {
        long original = api.importAndWait(FocusImportIT.SAMPLE, "focus_sample.csv").getJsonNumber("id").longValue();
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        List<String> microsoftOnly = new ArrayList<>(List.of(sample.get(0)));
        sample.stream().skip(1).filter(l -> l.contains("\"" + MICROSOFT_ACCOUNT + "\"")).forEach(microsoftOnly::add);
        for (int line = 2; line <= microsoftOnly.size(); line++) {
            microsoftOnly = BillFiles.withValue(microsoftOnly, line, "BilledCost", "2");
        }
        Path file = BillFiles.write("microsoft-restated.csv", microsoftOnly, "\n");

        JsonObject restatement = api.importAndWait(file, "microsoft-restated.csv");

        assertThat(restatement.getJsonNumber("rowsImported").longValue()).isEqualTo(51);
        JsonObject partly = api.batch(original);
        assertThat(partly.getString("status")).isEqualTo("COMPLETED");
        assertThat(partly.getJsonNumber("rowsSuperseded").longValue()).isEqualTo(51);
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", original)).isEqualTo(949);
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE billing_account_id = ?", MICROSOFT_ACCOUNT))
                .isEqualTo(51);
        assertThat(TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE billing_account_id = ?",
                MICROSOFT_ACCOUNT)).isEqualByComparingTo("102");
    }

    private static BigDecimal expectedBilledTotal(Path file) throws Exception {
        try (var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(java.nio.file.Files.newBufferedReader(file))) {
            return csv.stream().map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}

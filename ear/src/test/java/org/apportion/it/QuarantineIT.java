package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarantine policy keeps the good rows and holds the bad ones for correction and re-import. */
class QuarantineIT extends ApportionIT {

    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    @Test
    void keepsTheGoodRowsAndOffersTheBadOnesForCorrection() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        List<String> lines = BillFiles.withValue(sample, 5, "BilledCost", "\"12,34.x\"");
        lines = BillFiles.withValue(lines, 900, "BillingCurrency", "\"XYZ\"");
        Path file = BillFiles.write("two-bad-rows.csv", lines, "\n");

        JsonObject batch = api.importAndWait(file, "two-bad-rows.csv", "quarantine");

        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getString("rejectionPolicy")).isEqualTo("QUARANTINE");
        assertThat(batch.getJsonNumber("rowsRead").longValue()).isEqualTo(1000);
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(998);
        assertThat(batch.getJsonNumber("rowsRejected").longValue()).isEqualTo(2);
        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.decimal("SELECT SUM(billed_cost) FROM cost_line WHERE import_batch_id = ?", id))
                .isEqualByComparingTo(batch.getJsonObject("totals").getJsonObject("USD").getString("billedCost"));

        HttpResponse<String> rejected = api.get("/imports/" + id + "/rejected-rows");
        assertThat(rejected.statusCode()).isEqualTo(200);
        List<String> csv = rejected.body().lines().toList();
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0)).startsWith("AvailabilityZone,BilledCost,");
        assertThat(csv.get(1)).contains("\"12,34.x\"");
        assertThat(csv.get(2)).contains("XYZ");
    }

    @Test
    void refusesAnUnknownPolicy() throws Exception {
        HttpResponse<String> answer = api.upload(FocusImportIT.SAMPLE, "focus_sample.csv", "lenient");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(answer.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("policy");
        assertThat(TestDb.count("SELECT COUNT(*) FROM import_batch")).isZero();
    }
}

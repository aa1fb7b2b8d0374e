package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that fails half-way because the database refuses a write is restarted from its checkpoint and
 * ends with exactly the file's rows. The failure is real: a trigger in MariaDB refuses line 600 of this file
 * until the test drops it, as a database that drops and comes back would.
 */
class FocusRestartIT extends ApportionIT {

    private static final String MARKER = "IT-FAULT-LINE-600";


    @BeforeEach
    void armTheFault() throws Exception {
        TestDb.deleteAllImports();
        TestDb.execute("DROP TRIGGER IF EXISTS it_fault");
        TestDb.execute("CREATE TRIGGER it_fault BEFORE INSERT ON cost_line FOR EACH ROW "
                + "IF NEW.charge_description = '" + MARKER + "' THEN "
                + "SIGNAL SQLSTATE '08S01' SET MESSAGE_TEXT = 'injected fault: the database went away'; END IF");
    }

    @AfterEach
    void disarm() throws Exception {
        TestDb.execute("DROP TRIGGER IF EXISTS it_fault");
    }

    @Test
    void restartsAFailedImportFromItsCheckpointWithoutDuplicates() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        Path file = BillFiles.write("fails-at-line-600.csv",
                BillFiles.withValue(sample, 600, "ChargeDescription", "\"" + MARKER + "\""), "\n");

        JsonObject failed = api.importAndWait(file, "fails-at-line-600.csv");

        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).contains("injected fault");
        long id = failed.getJsonNumber("id").longValue();
        long storedBeforeRestart = TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", id);
        // Chunks of 100 rows (arquillian.xml), blocks dealt to two partitions: partition 0 stores its five blocks,
        // partition 1 its two before the block holding line 600 (data rows 500-599).
        assertThat(storedBeforeRestart).as("the chunks committed before the fault").isEqualTo(700);

        disarm();
        HttpResponse<String> restart = api.post("/imports/" + id + "/restart");
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        JsonObject completed = api.awaitEnd(id);

        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(completed.getJsonNumber("rowsImported").longValue()).isEqualTo(1000);
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", id)).isEqualTo(1000);
        assertThat(TestDb.count("SELECT COUNT(DISTINCT source_line) FROM cost_line WHERE import_batch_id = ?", id))
                .isEqualTo(1000);
        assertThat(completed.getJsonObject("totals").getJsonObject("USD").getString("billedCost"))
                .isEqualTo("20.52022672899");
        assertThat(completed.getJsonObject("totals").getJsonObject("USD").getString("effectiveCost"))
                .isEqualTo("14.97651418586");
    }

    @Test
    void keepsJobHistoryInMariaDb() throws Exception {
        JsonObject batch = api.importAndWait(FocusImportIT.SAMPLE, "focus_sample.csv");

        long execution = batch.getJsonNumber("jobExecutionId").longValue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ? "
                + "AND BATCHSTATUS = 'COMPLETED'", execution)).isEqualTo(1);
    }

    @Test
    void refusesToRestartACompletedImport() throws Exception {
        JsonObject batch = api.importAndWait(FocusImportIT.SAMPLE, "focus_sample.csv");

        HttpResponse<String> restart = api.post("/imports/" + batch.getJsonNumber("id") + "/restart");

        assertThat(restart.statusCode()).isEqualTo(409);
        assertThat(ApportionClient.json(restart.body()).getString("detail")).contains("COMPLETED");
    }
}

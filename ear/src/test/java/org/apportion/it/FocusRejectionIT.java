package org.apportion.it;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.Deployments;
import org.apportion.it.support.TestDb;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad bill files are refused with the line and column at fault, and nothing of them stays stored. */
@ExtendWith(ArquillianExtension.class)
class FocusRejectionIT {

    private final ApportionClient api = new ApportionClient();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    @Test
    void rejectsAFileWithOneMalformedAmountNamingLineAndColumn() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        Path bad = BillFiles.write("malformed-amount.csv", BillFiles.withValue(sample, 5, "BilledCost", "\"12,34.x\""), "\n");

        JsonObject batch = api.importAndWait(bad, "malformed-amount.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.getJsonNumber("rowsRead").longValue()).isEqualTo(1000);
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isZero();
        assertThat(batch.getJsonNumber("rowsRejected").longValue()).isEqualTo(1);
        JsonObject rejection = batch.getJsonArray("rejections").getJsonObject(0);
        assertThat(rejection.getJsonNumber("line").longValue()).isEqualTo(5);
        assertThat(rejection.getString("column")).isEqualTo("BilledCost");
        assertThat(rejection.getString("reason")).contains("decimal");
        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?", id)).isZero();
    }

    @Test
    void rejectsARowWithMoreValuesThanTheHeaderHasColumns() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        Path bad = BillFiles.write("shifted-row.csv", BillFiles.withValue(sample, 5, "BilledCost", "12,34"), "\n");

        JsonObject batch = api.importAndWait(bad, "shifted-row.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.getJsonArray("rejections").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("reason")).isEqualTo("45 values, but the header has 44 columns"));
    }

    @Test
    void reportsEveryBadFieldOfEveryBadRow() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        List<String> lines = BillFiles.withValue(sample, 3, "BillingCurrency", "\"XYZ\"");
        lines = BillFiles.withValue(lines, 3, "ChargePeriodStart", "\"18/09/2024\"");
        lines = BillFiles.withValue(lines, 800, "ChargeCategory", "\"Usage-ish\"");
        Path bad = BillFiles.write("several-problems.csv", lines, "\n");

        JsonObject batch = api.importAndWait(bad, "several-problems.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.getJsonNumber("rowsRejected").longValue()).isEqualTo(2);
        assertThat(batch.getJsonArray("rejections").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("line").longValue() + ":" + r.getString("column"))
                .containsExactly("3:BillingCurrency", "3:ChargePeriodStart", "800:ChargeCategory");
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isZero();
    }

    @Test
    void rejectsAFileWithoutAMandatoryColumnAtLineOne() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        Path bad = BillFiles.write("no-billed-cost.csv",
                BillFiles.mapLine(sample, 1, header -> header.replace("\"BilledCost\"", "\"Billed\"")), "\n");

        JsonObject batch = api.importAndWait(bad, "no-billed-cost.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        JsonObject rejection = batch.getJsonArray("rejections").getJsonObject(0);
        assertThat(rejection.getJsonNumber("line").longValue()).isEqualTo(1);
        assertThat(rejection.getString("column")).isEqualTo("BilledCost");
        assertThat(rejection.getString("reason")).contains("mandatory");
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isZero();
    }

    @Test
    void importsTheSampleGzippedWithCrlfLineEndsAndAByteOrderMark() throws Exception {
        List<String> sample = BillFiles.lines(FocusImportIT.SAMPLE);
        Path crlf = BillFiles.write("focus-crlf-bom.csv",
                BillFiles.mapLine(sample, 1, header -> "\uFEFF" + header), "\r\n");

        JsonObject batch = api.importAndWait(BillFiles.gzip(crlf), "focus-crlf-bom.csv.gz");

        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(1000);
        assertThat(batch.getJsonObject("totals").getJsonObject("USD").getString("billedCost"))
                .isEqualTo("20.52022672899");
    }
}

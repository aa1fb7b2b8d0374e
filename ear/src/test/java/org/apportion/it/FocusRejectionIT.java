package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad bill files are refused with the line and column at fault, and nothing of them stays stored. */
class FocusRejectionIT extends ApportionIT {

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
    void aFileReadAsTheWrongFormatIsRefusedForItsMissingColumns() throws Exception {
        JsonObject batch = api.awaitEnd(ApportionClient.json(api.uploadAs(FocusImportIT.SAMPLE, "focus.csv", "AWS_CUR")
                .body()).getJsonNumber("id").longValue());

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.isNull("format")).as("no format was recorded for a refused header").isTrue();
        assertThat(batch.getJsonArray("rejections").getValuesAs(JsonObject.class)).extracting(r -> r.getString("column"))
                .contains("lineItem/UnblendedCost", "bill/PayerAccountId");
        assertThat(api.uploadAs(FocusImportIT.SAMPLE, "focus.csv", "PDF").statusCode()).isEqualTo(400);
    }

    @Test
    void rejectsAFileWithAHeaderButNoRows() throws Exception {
        Path headerOnly = BillFiles.write("header-only.csv", BillFiles.lines(FocusImportIT.SAMPLE).subList(0, 1), "\n");

        JsonObject batch = api.importAndWait(headerOnly, "header-only.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(rejection(batch)).isEqualTo("2:null:the file has a header but no data rows");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path empty = BillFiles.write("empty.csv", List.of(), "");

        JsonObject batch = api.importAndWait(empty, "empty.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(rejection(batch)).isEqualTo("1:null:the file is empty");
    }

    @Test
    void rejectsTextThatIsNotUtf8NamingTheLine() throws Exception {
        List<String> lines = BillFiles.withValue(BillFiles.lines(FocusImportIT.SAMPLE), 7, "ChargeDescription",
                "\"Caf\u00e9 storage\"");
        Path latin1 = Files.writeString(Path.of("target", "it-bills", "latin1.csv"), String.join("\n", lines) + "\n",
                StandardCharsets.ISO_8859_1);

        JsonObject batch = api.importAndWait(latin1, "latin1.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(rejection(batch)).isEqualTo("7:null:the file is not UTF-8 text; save it as UTF-8");
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isZero();
    }

    @Test
    void rejectsATruncatedGzip() throws Exception {
        Path gz = BillFiles.gzip(BillFiles.write("to-truncate.csv", BillFiles.lines(FocusImportIT.SAMPLE), "\n"));
        byte[] bytes = Files.readAllBytes(gz);
        Path truncated = Files.write(gz.resolveSibling("truncated.csv.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        JsonObject batch = api.importAndWait(truncated, "truncated.csv.gz");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.getJsonArray("rejections").getJsonObject(0).getString("reason"))
                .isEqualTo("the compressed file is damaged or ends early");
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line")).isZero();
    }

    @Test
    void rejectsAFileOfNoKnownFormatAtItsHeader() throws Exception {
        Path unknown = BillFiles.write("vendor-invoice.csv", List.of("date,vendor,amount", "2024-09-01,Acme,12.50"), "\n");

        JsonObject batch = api.importAndWait(unknown, "vendor-invoice.csv");

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        assertThat(batch.getJsonArray("rejections")).hasSize(1);
        assertThat(rejection(batch)).isEqualTo("1:null:not a bill format Apportion reads (FOCUS 1.0-1.3, "
                + "AWS CUR and CUR 2.0, Azure cost details, Google Cloud billing export, OCI cost report, OpenAI or "
                + "Anthropic usage and cost JSON; any other CSV through a column mapping): the header starts with "
                + "date, vendor, amount");
    }

    @Test
    void refusesAnUploadOverTheSizeLimitWith413() throws Exception {
        Path big = Path.of("target", "it-bills", "too-large.csv");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 51; i++) {
                out.write(block);
            }
        }

        HttpResponse<String> answer = api.upload(big, "too-large.csv");

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(ApportionClient.json(answer.body()).getString("detail"))
                .isEqualTo("too-large.csv is larger than the 52428800 bytes an import may have (apportion.import.max.bytes).");
        assertThat(TestDb.count("SELECT COUNT(*) FROM import_batch")).isZero();
    }

    @Test
    void keepsOnlyTheLastSegmentOfAFileNameWithPathTricks() throws Exception {
        JsonObject batch = api.importAndWait(FocusImportIT.SAMPLE, "..%2F..%2Fetc%2Fpasswd.csv");

        assertThat(batch.getString("fileName")).isEqualTo("passwd.csv");
        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
    }

    private static String rejection(JsonObject batch) {
        JsonObject first = batch.getJsonArray("rejections").getJsonObject(0);
        return first.getJsonNumber("line") + ":" + (first.isNull("column") ? "null" : first.getString("column"))
                + ":" + first.getString("reason");
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

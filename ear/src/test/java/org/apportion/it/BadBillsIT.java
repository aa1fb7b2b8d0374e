package org.apportion.it;

import jakarta.json.JsonObject;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus of malformed bills in {@code bad-bills/}: each is refused with exactly the line, column and
 * reason {@code bad-bills/expectations.csv} names (line -1: any line), and nothing of it is stored.
 */
class BadBillsIT extends ApportionIT {

    @BeforeAll
    static void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
    }

    record Expectation(String file, long line, String column, String reason) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expectation> corpus() throws Exception {
        var csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BadBillsIT.class.getResourceAsStream("/bad-bills/expectations.csv"),
                        StandardCharsets.UTF_8));
        return csv.getRecords().stream().map(BadBillsIT::expectation);
    }

    private static Expectation expectation(CSVRecord r) {
        return new Expectation(r.get("file"), Long.parseLong(r.get("line")),
                r.get("column").isEmpty() ? null : r.get("column"), r.get("reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingTheLineColumnAndReasonAndStoresNothing(Expectation expected) throws Exception {
        JsonObject batch = api.importAndWait(file(expected.file()), expected.file());

        assertThat(batch.getString("status")).isEqualTo("REJECTED");
        JsonObject first = batch.getJsonArray("rejections").getJsonObject(0);
        if (expected.line() >= 0) {
            assertThat(first.getJsonNumber("line").longValue()).isEqualTo(expected.line());
        }
        assertThat(first.isNull("column") ? null : first.getString("column")).isEqualTo(expected.column());
        assertThat(first.getString("reason")).isEqualTo(expected.reason());
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ?",
                batch.getJsonNumber("id").longValue())).isZero();
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(BadBillsIT.class.getResource("/bad-bills/" + name).toURI());
    }
}

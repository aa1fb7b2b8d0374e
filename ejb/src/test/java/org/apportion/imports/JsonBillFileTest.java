package org.apportion.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBillFileTest {

    @TempDir
    Path dir;

    @Test
    void newlineDelimitedRecordsAreFlattenedAndCarryTheirPhysicalLine() throws IOException {
        Path file = write("""
                {"service":{"id":"6F81","description":"Compute Engine"},"cost":1.10,"credits":[{"amount":-0.5}]}

                {"service":{"id":"95FF"},"cost":2E-7,"labels":[],"ok":true,"none":null}
                """);

        try (JsonBillFile json = JsonBillFile.open(file)) {
            assertThat(json.header()).containsExactly("service.id", "service.description", "cost", "credits");
            BillRecord first = json.next().orElseThrow();
            assertThat(first.line()).isEqualTo(1);
            assertThat(first.values()).containsExactly("6F81", "Compute Engine", "1.10", "[{\"amount\":-0.5}]");
            BillRecord second = json.next().orElseThrow();
            assertThat(second.line()).isEqualTo(3);
            assertThat(second.values()).containsExactly("95FF", null, "2E-7", null);
            assertThat(json.next()).isEmpty();
            assertThat(json.dataRecordsRead()).isEqualTo(2);
        }
    }

    @Test
    void readsTheColumnsAFormatFixesAndKeysAMissingFieldAsNull() throws IOException {
        Path file = write("{\"a\":\"1\"}\n{\"b\":\"2\",\"c\":true}\n");

        try (JsonBillFile json = JsonBillFile.open(file)) {
            json.readColumns(List.of("c", "a", "b"));
            assertThat(json.next().orElseThrow().values()).containsExactly(null, "1", null);
            assertThat(json.next().orElseThrow().values()).containsExactly("true", null, "2");
        }
    }

    @Test
    void readsGzipAndAByteOrderMark() throws IOException {
        Path file = dir.resolve("export.json");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("\uFEFF{\"a\":\"x\"}\n{\"a\":\"y\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        try (BillFile json = BillFiles.open(file)) {
            assertThat(json).isInstanceOf(JsonBillFile.class);
            assertThat(json.header()).containsExactly("a");
            assertThat(json.next().orElseThrow()).isEqualTo(new BillRecord(1, List.of("x")));
            assertThat(json.next().orElseThrow()).isEqualTo(new BillRecord(2, List.of("y")));
        }
    }

    @Test
    void skipsRecordsAlreadyProcessedForARestart() throws IOException {
        Path file = write("{\"a\":1}\n{\"a\":2}\n\n{\"a\":3}\n");

        try (JsonBillFile json = JsonBillFile.open(file)) {
            json.skip(2);
            assertThat(json.next().orElseThrow()).isEqualTo(new BillRecord(4, List.of("3")));
        }
    }

    @Test
    void namesTheLineOfARecordThatIsNotJson() throws IOException {
        Path file = write("{\"a\":1}\n{\"a\":2}\n{\"a\":\n");

        try (JsonBillFile json = JsonBillFile.open(file)) {
            json.next();
            json.next();
            assertThatThrownBy(json::next).isInstanceOf(MalformedBillFileException.class)
                    .hasMessageStartingWith("bill.json: line 3: not valid JSON");
        }
    }

    @Test
    void refusesTwoRecordsOnOneLine() throws IOException {
        Path file = write("{\"a\":1}\n{\"a\":2} {\"a\":3}\n");

        try (JsonBillFile json = JsonBillFile.open(file)) {
            json.next();
            assertThatThrownBy(json::next).isInstanceOf(MalformedBillFileException.class)
                    .hasMessageStartingWith("bill.json: line 2: not valid JSON");
        }
    }

    @Test
    void streamsADocumentWhoseFirstLineIsLongerThanTheLookAhead() throws IOException {
        List<String> records = new ArrayList<>();
        char[] padding = new char[1000];
        Arrays.fill(padding, 'x');
        for (int i = 0; i < 3000; i++) {
            records.add("{\"n\":" + i + ",\"pad\":\"" + new String(padding) + "\"}");
        }
        Path file = write("[" + String.join(",", records) + "]");

        try (JsonBillFile json = JsonBillFile.open(file)) {
            assertThat(json.header()).containsExactly("n", "pad");
            long count = 0;
            while (json.next().isPresent()) {
                count++;
            }
            assertThat(count).isEqualTo(3000);
        }
    }

    @Test
    void readsThePageOfAnAdminApiPassingOverItsOtherFields() throws IOException {
        Path file = write("""
                {
                  "object": "page",
                  "meta": {"nested": [1, 2]},
                  "list": [{"x": 1}],
                  "data": [
                    {"start_time": 1, "results": [{"amount": {"value": 0.5}}, {"amount": {"value": 1}}]},
                    {"start_time": 2, "results": []}
                  ],
                  "has_more": false
                }
                """);

        try (JsonBillFile json = JsonBillFile.open(file)) {
            assertThat(json.header()).containsExactly("bucket.start_time", "amount.value");
            assertThat(json.next().orElseThrow()).isEqualTo(new BillRecord(6, List.of("1", "0.5")));
            // Both results start on line 6; the second is numbered on, as source lines are unique per batch.
            assertThat(json.next().orElseThrow()).isEqualTo(new BillRecord(7, List.of("1", "1")));
            assertThat(json.next()).isEmpty();
        }
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bill.json"), content, StandardCharsets.UTF_8);
    }
}

package org.apportion.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every record of a JSON bill has a line of its own: cost lines are unique per import batch and source line. */
class JsonBillFileLinesTest {

    private static final String RESULT = "{\"object\":\"organization.costs.result\",\"amount\":{\"value\":%s,"
            + "\"currency\":\"usd\"},\"line_item\":\"gpt-4o, input\"}";
    private static final String BUCKET = "{\"object\":\"bucket\",\"start_time\":1743292800,\"end_time\":1743379200,"
            + "\"results\":[" + RESULT + "," + RESULT + "]}";

    @TempDir
    Path dir;

    @Test
    void resultsOfAPrettyPrintedPageKeepTheLineTheyStartOn() throws Exception {
        Path sample = Path.of("src/test/resources/llm/openai-usage-completions.json");
        List<String> text = Files.readAllLines(sample);
        // A result's opening brace is on the line before its "object" field.
        List<Long> resultStarts = IntStream.range(0, text.size())
                .filter(i -> text.get(i).contains("\"organization.usage.completions.result\""))
                .mapToObj(i -> (long) i).toList();

        assertThat(lines(sample)).isEqualTo(resultStarts);
    }

    @Test
    void resultsSharingALineAreNumberedOn() throws Exception {
        Path onePage = Files.writeString(dir.resolve("page.json"),
                "{\"object\":\"page\",\"data\":[" + BUCKET.formatted(1, 2) + "," + BUCKET.formatted(3, 4) + "]}\n");
        Path twoLines = Files.writeString(dir.resolve("two-lines.json"),
                "{\"object\":\"page\",\n\"data\":[" + BUCKET.formatted(1, 2) + "]}\n");
        Path pagesPerLine = Files.writeString(dir.resolve("pages.json"),
                "{\"data\":[" + BUCKET.formatted(1, 2) + "]}\n{\"data\":[" + BUCKET.formatted(3, 4) + "]}\n");

        assertThat(lines(onePage)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines(twoLines)).containsExactly(2L, 3L);
        assertThat(lines(pagesPerLine)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void bucketFieldsComeWithEachResultWhereverTheyStand() throws Exception {
        Path resultsFirst = Files.writeString(dir.resolve("results-first.json"), """
                {"data": [
                  {"results": [{"amount": "12.5", "currency": "USD"}], "starting_at": "2025-10-01T00:00:00Z",
                   "ending_at": "2025-10-02T00:00:00Z"}
                ]}
                """);

        try (BillFile file = BillFiles.open(resultsFirst)) {
            assertThat(file.header()).containsExactly("bucket.starting_at", "bucket.ending_at", "amount", "currency");
            assertThat(file.next()).hasValueSatisfying(r -> assertThat(r.values())
                    .containsExactly("2025-10-01T00:00:00Z", "2025-10-02T00:00:00Z", "12.5", "USD"));
        }
    }

    private static List<Long> lines(Path json) throws Exception {
        List<Long> lines = new ArrayList<>();
        try (BillFile file = BillFiles.open(json)) {
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                lines.add(record.get().line());
            }
        }
        return lines;
    }
}

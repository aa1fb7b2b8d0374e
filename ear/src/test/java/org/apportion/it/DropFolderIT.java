package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.BillFiles;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Files dropped in the drop folder are imported on demand and filed in processed/ or failed/ with the outcome. */
class DropFolderIT extends ApportionIT {

    private static final Path DROP = Path.of(System.getProperty("apportion.it.drop.dir"));


    @BeforeEach
    void emptyFolderAndNoImports() throws Exception {
        TestDb.deleteAllImports();
        if (Files.exists(DROP)) {
            try (Stream<Path> paths = Files.walk(DROP)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        Files.createDirectories(DROP);
    }

    @Test
    void importsWaitingFilesAndFilesThemAwayWithTheOutcome() throws Exception {
        Files.copy(FocusImportIT.SAMPLE, DROP.resolve("focus_sample.csv"));
        Files.write(DROP.resolve("broken.csv"), BillFiles.withValue(BillFiles.lines(FocusImportIT.SAMPLE), 5,
                "BilledCost", "\"12,34.x\""));
        Files.writeString(DROP.resolve(".still-copying.csv"), "not yet");

        HttpResponse<String> scan = api.post("/imports/drop-folder/scan");

        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(202);
        List<JsonObject> submitted = ApportionClient.json(scan.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(submitted).extracting(b -> b.getString("fileName")).containsExactly("broken.csv", "focus_sample.csv");
        submitted.forEach(b -> api.awaitEnd(b.getJsonNumber("id").longValue()));
        assertThat(resultOf("processed", "focus_sample.csv"))
                .contains("COMPLETED, 1000 rows imported (FOCUS 1.0); USD billed 20.52022672899.");
        assertThat(resultOf("failed", "broken.csv")).contains("REJECTED").contains("line 5, column BilledCost");
        assertThat(DROP.resolve(".still-copying.csv")).exists();
        try (Stream<Path> processing = Files.list(DROP.resolve("processing"))) {
            assertThat(processing).isEmpty();
        }
        assertThat(TestDb.count("SELECT COUNT(*) FROM import_batch WHERE submitted_by = 'drop-folder'")).isEqualTo(2);
    }

    @Test
    void aFileDroppedAgainIsFiledAsADuplicate() throws Exception {
        api.importAndWait(FocusImportIT.SAMPLE, "focus_sample.csv");
        Files.copy(FocusImportIT.SAMPLE, DROP.resolve("again.csv"));

        HttpResponse<String> scan = api.post("/imports/drop-folder/scan");

        assertThat(ApportionClient.json(scan.body()).getJsonArray("items").getJsonObject(0).getString("status"))
                .isEqualTo("DUPLICATE");
        assertThat(resultOf("failed", "again.csv")).contains("DUPLICATE").contains("already imported as batch");
    }

    /** The outcome written beside a filed file; the job files it away just after the batch has ended. */
    private static String resultOf(String folder, String name) throws Exception {
        Path file = DROP.resolve(folder).resolve(name);
        Path result = file.resolveSibling(name + ".result.txt");
        await(name + " filed in " + folder).atMost(Duration.ofSeconds(30)).until(() -> Files.exists(result));
        assertThat(file).exists();
        return Files.readString(result);
    }
}

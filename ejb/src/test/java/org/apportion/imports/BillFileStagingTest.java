package org.apportion.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillFileStagingTest {

    @TempDir
    Path dir;

    @BeforeEach
    void stageIntoTheTemporaryDirectory() {
        System.setProperty("apportion.import.dir", dir.toString());
    }

    @AfterEach
    void forgetIt() {
        System.clearProperty("apportion.import.dir");
    }

    @Test
    void hashesSizesAndKeepsTheFileUnderItsBatchId() throws Exception {
        BillFileStaging staging = new BillFileStaging();
        byte[] content = "abc".getBytes(StandardCharsets.UTF_8);

        StagedBillFile staged = staging.stage("C:\\bills\\Sept bill.csv", new ByteArrayInputStream(content));
        Path kept = staging.keepFor(7, staged);

        assertThat(staged.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(staged.size()).isEqualTo(3);
        assertThat(staged.fileName()).isEqualTo("Sept bill.csv");
        assertThat(kept).isEqualTo(dir.resolve("7-Sept_bill.csv"));
        assertThat(Files.readAllBytes(kept)).isEqualTo(content);
    }

    @Test
    void refusesAnUploadOverTheLimitAndKeepsNothingOfIt() throws Exception {
        System.setProperty("apportion.import.max.bytes", "10");
        try {
            BillFileStaging staging = new BillFileStaging();
            assertThatThrownBy(() -> staging.stage("big.csv", new ByteArrayInputStream(new byte[11])))
                    .isInstanceOf(BillFileTooLargeException.class)
                    .hasMessage("big.csv is larger than the 10 bytes an import may have (apportion.import.max.bytes).");
            try (var left = Files.list(dir)) {
                assertThat(left).isEmpty();
            }
        } finally {
            System.clearProperty("apportion.import.max.bytes");
        }
    }

    @Test
    void neverLetsAFileNameEscapeTheStagingDirectory() {
        assertThat(BillFileStaging.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(BillFileStaging.safeFileName("..")).isEqualTo("bill");
        assertThat(BillFileStaging.safeFileName(null)).isEqualTo("unnamed");
    }
}

package org.apportion.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvBillFileTest {

    @TempDir
    Path dir;

    @Test
    void readsHeaderAndRowsWithTheirPhysicalLineNumbers() throws IOException {
        Path file = write("a,b\n1,2\n\n3,\"multi\nline\"\n4,5\n");

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            assertThat(csv.header()).containsExactly("a", "b");
            assertThat(csv.next()).hasValue(new BillRecord(2, java.util.List.of("1", "2")));
            assertThat(csv.next()).hasValue(new BillRecord(4, java.util.List.of("3", "multi\nline")));
            assertThat(csv.next()).hasValue(new BillRecord(6, java.util.List.of("4", "5")));
            assertThat(csv.next()).isEmpty();
            assertThat(csv.dataRecordsRead()).isEqualTo(3);
        }
    }

    @Test
    void dropsTheByteOrderMarkAndHandlesCrlf() throws IOException {
        Path file = write("\uFEFF\"BilledCost\",b\r\n1,2\r\n");

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            assertThat(csv.header()).containsExactly("BilledCost", "b");
            assertThat(csv.next()).hasValue(new BillRecord(2, java.util.List.of("1", "2")));
        }
    }

    @Test
    void readsGzipByContentWhateverTheName() throws IOException {
        Path file = dir.resolve("bill.csv");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("a\nx\n".getBytes(StandardCharsets.UTF_8));
        }

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            assertThat(csv.header()).containsExactly("a");
            assertThat(csv.next().orElseThrow().values()).containsExactly("x");
        }
    }

    @Test
    void skipsRowsAlreadyProcessedForARestart() throws IOException {
        Path file = write("a\n1\n2\n3\n");

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            csv.skip(2);
            assertThat(csv.next().orElseThrow().line()).isEqualTo(4);
            assertThat(csv.dataRecordsRead()).isEqualTo(3);
        }
    }

    @Test
    void readsTheColumnsAFormatNamesByTheirNameInTheHeader() throws Exception {
        Path file = write("a,b,extra,other\n1,2,x,y\n3,4,5\n");

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            csv.readColumns(java.util.List.of("b", "missing", "a"));
            assertThat(csv.next()).hasValue(new BillRecord(2, java.util.Arrays.asList("2", null, "1")));
            // Three values for four header columns: as many as the columns read, but not lined up with them.
            BillRecord misfit = csv.next().orElseThrow();
            assertThat(misfit.values()).containsExactly("3", "4", "5");
            assertThatThrownBy(() -> misfit.requireColumns(3)).isInstanceOf(InvalidBillRowException.class)
                    .hasMessage("line 3: 3 values, but the header has 4 columns");
        }
    }

    @Test
    void namesTheLineOfBrokenQuoting() throws IOException {
        Path file = write("a,b\n1,2\n3,\"open\n");

        try (CsvBillFile csv = CsvBillFile.open(file)) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOf(MalformedBillFileException.class)
                    .hasMessageContaining("bill.csv").hasMessageContaining("line 3");
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "a,b\n1,2\n3,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        // The decoder reads ahead, so the error may come at opening already; either way it names line 3.
        assertThatThrownBy(() -> readToTheEnd(file)).isInstanceOf(MalformedBillFileException.class)
                .hasMessage("latin1.csv: line 3: the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void refusesATruncatedArchive() throws IOException {
        Path whole = dir.resolve("whole.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("row-" + i + ",value-" + (i * 7919 % 1000) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.csv.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> readToTheEnd(truncated)).isInstanceOf(MalformedBillFileException.class)
                .hasMessageContaining("damaged or ends early");
    }

    private static long readToTheEnd(Path file) throws IOException {
        try (CsvBillFile csv = CsvBillFile.open(file)) {
            while (csv.next().isPresent()) {
                assertThat(csv.dataRecordsRead()).isPositive();
            }
            return csv.dataRecordsRead();
        }
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        try (CsvBillFile csv = CsvBillFile.open(write(""))) {
            assertThat(csv.header()).isEmpty();
        }
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bill.csv"), content, StandardCharsets.UTF_8);
    }
}

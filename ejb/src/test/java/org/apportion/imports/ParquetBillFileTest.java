package org.apportion.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.NanoTime;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParquetBillFileTest {

    private static final MessageType EVERY_TYPE = MessageTypeParser.parseMessageType("""
            message bill {
              required int32 i32;
              optional int64 i64;
              optional int32 u8 (INTEGER(8,false));
              optional int64 u64 (INTEGER(64,false));
              optional int32 dec9 (DECIMAL(9,2));
              optional int64 dec18 (DECIMAL(18,6));
              optional fixed_len_byte_array(16) dec38 (DECIMAL(38,18));
              optional binary decbin (DECIMAL(30,4));
              optional double dbl;
              optional float flt;
              optional boolean flag;
              optional int32 day (DATE);
              optional int64 at (TIME(MICROS,false));
              optional int64 ts_millis (TIMESTAMP(MILLIS,true));
              optional int64 ts_micros (TIMESTAMP(MICROS,true));
              optional int64 ts_nanos_local (TIMESTAMP(NANOS,false));
              optional int96 ts_int96;
              optional binary name (STRING);
              optional binary legacy_name;
              optional fixed_len_byte_array(16) id (UUID);
              optional group tags (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  optional binary value (STRING);
                }
              }
              optional group sizes (LIST) {
                repeated group list {
                  optional int32 element;
                }
              }
              optional group product {
                optional binary sku (STRING);
                optional double rate;
              }
              optional binary missing (STRING);
            }""");

    private static final MessageType ROWS = MessageTypeParser.parseMessageType("""
            message rows {
              required int64 row;
              optional binary text (STRING);
            }""");

    private static final Instant CHARGE_START = Instant.parse("2024-09-18T22:00:00Z");

    @TempDir
    Path dir;

    @Test
    void readsTheTopLevelColumnsAsTextKeepingDecimalsExact() throws IOException {
        Path file = dir.resolve("types.parquet");
        UUID id = UUID.fromString("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
        try (ParquetWriter<Group> writer = ParquetTestFiles.writer(file, EVERY_TYPE)) {
            SimpleGroupFactory rows = new SimpleGroupFactory(EVERY_TYPE);
            Group full = rows.newGroup()
                    .append("i32", -7)
                    .append("i64", 9_007_199_254_740_993L)
                    .append("u8", 200)
                    .append("u64", -1L)
                    .append("dec9", -12345)
                    .append("dec18", 1_234_567_890_123_456_789L)
                    .append("dec38", ParquetTestFiles.fixedDecimal(
                            new BigDecimal("-12345678901234567890.123456789012345678"), 18))
                    .append("decbin", Binary.fromConstantByteArray(
                            new BigInteger("98765432109876543210987654321").toByteArray()))
                    .append("dbl", 0.1)
                    .append("flt", 0.1f)
                    .append("flag", true)
                    .append("day", (int) LocalDate.of(2024, 9, 1).toEpochDay())
                    .append("at", (13 * 3600 + 45 * 60) * 1_000_000L + 500_000)
                    .append("ts_millis", CHARGE_START.toEpochMilli())
                    .append("ts_micros", CHARGE_START.toEpochMilli() * 1_000 + 123_456)
                    .append("ts_nanos_local", CHARGE_START.toEpochMilli() * 1_000_000 + 1)
                    .append("ts_int96", nanoTime(LocalDateTime.of(2024, 9, 18, 22, 30)))
                    .append("name", "Amazon Elastic Compute Cloud – Zürich")
                    .append("legacy_name", Binary.fromString("written without an annotation"))
                    .append("id", uuid(id));
            Group tags = full.addGroup("tags");
            tags.addGroup("key_value").append("key", "team").append("value", "payments");
            tags.addGroup("key_value").append("key", "env").append("value", "prod");
            tags.addGroup("key_value").append("key", "owner");
            Group sizes = full.addGroup("sizes");
            sizes.addGroup("list").append("element", 1);
            sizes.addGroup("list");
            sizes.addGroup("list").append("element", 3);
            full.addGroup("product").append("sku", "ABC-1").append("rate", 0.25);
            writer.write(full);
            Group sparse = rows.newGroup().append("i32", 0);
            sparse.addGroup("tags");
            writer.write(sparse);
        }

        try (BillFile parquet = BillFiles.open(file)) {
            assertThat(parquet).isInstanceOf(ParquetBillFile.class);
            assertThat(parquet.header()).containsExactly("i32", "i64", "u8", "u64", "dec9", "dec18", "dec38",
                    "decbin", "dbl", "flt", "flag", "day", "at", "ts_millis", "ts_micros", "ts_nanos_local", "ts_int96",
                    "name", "legacy_name", "id", "tags", "sizes", "product", "missing");
            BillRecord first = parquet.next().orElseThrow();
            assertThat(first.line()).as("row 1 is line 2, as under a header line").isEqualTo(2);
            assertThat(first.values()).containsExactly("-7", "9007199254740993", "200", "18446744073709551615",
                    "-123.45", "1234567890123.456789", "-12345678901234567890.123456789012345678",
                    "9876543210987654321098765.4321", "0.1", "0.1", "true", "2024-09-01", "13:45:00.5",
                    "2024-09-18T22:00:00Z", "2024-09-18T22:00:00.123456Z", "2024-09-18T22:00:00.000000001",
                    "2024-09-18T22:30:00Z", "Amazon Elastic Compute Cloud – Zürich",
                    "written without an annotation", id.toString(),
                    "{\"team\":\"payments\",\"env\":\"prod\",\"owner\":null}", "[1,null,3]",
                    "{\"sku\":\"ABC-1\",\"rate\":0.25}", null);
            BillRecord second = parquet.next().orElseThrow();
            assertThat(second.line()).isEqualTo(3);
            assertThat(second.values().get(0)).isEqualTo("0");
            assertThat(second.values().get(20)).as("a present, empty map").isEqualTo("{}");
            assertThat(second.values().stream().skip(1).filter(v -> v != null)).containsExactly("{}");
            assertThat(parquet.next()).isEmpty();
            assertThat(parquet.dataRecordsRead()).isEqualTo(2);
        }
    }

    @Test
    void timestampsAreReadByTheBillDateParser() throws IOException {
        Path file = dir.resolve("types.parquet");
        try (ParquetWriter<Group> writer = ParquetTestFiles.writer(file, EVERY_TYPE)) {
            writer.write(new SimpleGroupFactory(EVERY_TYPE).newGroup().append("i32", 1)
                    .append("ts_millis", CHARGE_START.toEpochMilli())
                    .append("ts_micros", CHARGE_START.toEpochMilli() * 1_000 + 500_000)
                    .append("ts_nanos_local", CHARGE_START.toEpochMilli() * 1_000_000)
                    .append("ts_int96", nanoTime(LocalDateTime.ofInstant(CHARGE_START, ZoneOffset.UTC))));
        }

        try (BillFile parquet = BillFiles.open(file)) {
            Map<String, Integer> positions = new HashMap<>();
            parquet.header().forEach(column -> positions.put(column, positions.size()));
            RowValues row = new RowValues(parquet.next().orElseThrow(), positions);
            LocalDateTime start = LocalDateTime.ofInstant(CHARGE_START, ZoneOffset.UTC);
            assertThat(row.dateTime("ts_millis", true)).isEqualTo(start);
            assertThat(row.dateTime("ts_micros", true)).isEqualTo(start.plusNanos(500_000_000));
            assertThat(row.dateTime("ts_nanos_local", true)).isEqualTo(start);
            assertThat(row.dateTime("ts_int96", true)).isEqualTo(start);
            assertThat(row.problems()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
    void readsThePageCompressionsBillExportsUse(CompressionCodecName codec) throws IOException {
        Path file = writeRows(codec, 5_000, 2_000);

        try (BillFile parquet = BillFiles.open(file)) {
            for (int row = 1; row <= 5_000; row++) {
                assertThat(parquet.next().orElseThrow().values()).containsExactly(Integer.toString(row), text(row));
            }
            assertThat(parquet.next()).isEmpty();
        }
    }

    @Test
    void skipsAcrossRowGroupBoundariesForARestart() throws IOException {
        Path file = writeRows(CompressionCodecName.SNAPPY, 30, 10);
        assertThat(rowGroups(file)).extracting(BlockMetaData::getRowCount).containsExactly(10L, 10L, 10L);

        try (BillFile parquet = BillFiles.open(file)) {
            parquet.skip(12);
            assertThat(parquet.dataRecordsRead()).isEqualTo(12);
            BillRecord row13 = parquet.next().orElseThrow();
            assertThat(row13.line()).isEqualTo(14);
            assertThat(row13.values()).containsExactly("13", text(13));
            parquet.skip(15);
            assertThat(parquet.next().orElseThrow().values()).containsExactly("29", text(29));
            assertThat(parquet.dataRecordsRead()).isEqualTo(29);
            parquet.skip(5);
            assertThat(parquet.dataRecordsRead()).as("skipping past the end stops at the end").isEqualTo(30);
            assertThat(parquet.next()).isEmpty();
        }
        try (BillFile parquet = BillFiles.open(file)) {
            parquet.skip(20);
            assertThat(parquet.next().orElseThrow().line()).isEqualTo(22);
        }
    }

    @Test
    void skipsWholeRowGroupsWithoutReadingThem() throws IOException {
        Path file = writeRows(CompressionCodecName.SNAPPY, 30, 10);
        damage(file, rowGroups(file).get(0));

        try (BillFile parquet = BillFiles.open(file)) {
            parquet.skip(10);
            assertThat(parquet.next().orElseThrow().values()).containsExactly("11", text(11));
        }
    }

    @Test
    void aDamagedPageNamesTheRowItStopsAt() throws IOException {
        Path file = writeRows(CompressionCodecName.SNAPPY, 30, 10);
        damage(file, rowGroups(file).get(1));

        try (BillFile parquet = BillFiles.open(file)) {
            parquet.skip(10);
            assertThatThrownBy(parquet::next).isInstanceOf(MalformedBillFileException.class)
                    .hasMessage("bill.parquet: line 12: the Parquet data is damaged (could not verify page "
                            + "integrity, CRC checksum verification failed)");
        }
    }

    @Test
    void aCutShortFileIsRefusedAtItsFooter() throws IOException {
        Path file = writeRows(CompressionCodecName.SNAPPY, 30, 10);
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            bytes.setLength(bytes.length() / 2);
        }

        assertThatThrownBy(() -> BillFiles.open(file)).isInstanceOf(MalformedBillFileException.class)
                .hasMessage("bill.parquet: line 1: the Parquet file is damaged or cut short: its footer (schema and "
                        + "row groups) cannot be read");
    }

    @Test
    void aGzipCompressedParquetFileIsRefusedWithAHint() throws IOException {
        Path file = writeRows(CompressionCodecName.SNAPPY, 3, 10);
        Path gzipped = dir.resolve("bill.parquet.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(file, out);
        }

        assertThatThrownBy(() -> BillFiles.open(gzipped)).isInstanceOf(MalformedBillFileException.class)
                .hasMessage("bill.parquet.gz: line 1: a gzip-compressed Parquet file: upload the .parquet file "
                        + "itself (Parquet compresses its own data)");
    }

    @Test
    void aCodecApportionDoesNotReadIsRefusedWhenOpening() throws IOException {
        Path file = writeRows(CompressionCodecName.BROTLI, 3, 10);

        assertThatThrownBy(() -> BillFiles.open(file)).isInstanceOf(MalformedBillFileException.class)
                .hasMessageStartingWith("bill.parquet: line 1: column row is compressed with BROTLI, which "
                        + "Apportion does not read");
    }

    @Test
    void textThatIsNotUtf8NamesTheColumnAndLine() throws IOException {
        Path file = dir.resolve("bill.parquet");
        try (ParquetWriter<Group> writer = ParquetTestFiles.writer(file, ROWS)) {
            SimpleGroupFactory rows = new SimpleGroupFactory(ROWS);
            writer.write(rows.newGroup().append("row", 1L).append("text", "fine"));
            writer.write(rows.newGroup().append("row", 2L)
                    .append("text", Binary.fromConstantByteArray(new byte[] {'C', 'a', 'f', (byte) 0xe9})));
        }

        try (BillFile parquet = BillFiles.open(file)) {
            parquet.next();
            assertThatThrownBy(parquet::next).isInstanceOf(MalformedBillFileException.class)
                    .hasMessage("bill.parquet: line 3: column text holds text that is not UTF-8");
        }
    }

    private Path writeRows(CompressionCodecName codec, int count, int rowGroupRows) throws IOException {
        Path file = dir.resolve("bill.parquet");
        Files.deleteIfExists(file);
        try (ParquetWriter<Group> writer = ParquetTestFiles.writer(file, ROWS, codec, rowGroupRows)) {
            SimpleGroupFactory rows = new SimpleGroupFactory(ROWS);
            for (int row = 1; row <= count; row++) {
                writer.write(rows.newGroup().append("row", (long) row).append("text", text(row)));
            }
        }
        return file;
    }

    private static String text(int row) {
        return "line item " + row + " of the Amazon Elastic Compute Cloud usage in eu-central-1";
    }

    private static List<BlockMetaData> rowGroups(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs()).build();
        try (ParquetFileReader reader = new ParquetFileReader(new LocalInputFile(file), options)) {
            return new ArrayList<>(reader.getRowGroups());
        }
    }

    /** Overwrites the middle of a row group's column chunks, as a bad disk or transfer would. */
    private static void damage(Path file, BlockMetaData rowGroup) throws IOException {
        try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
            bytes.seek(rowGroup.getStartingPos() + rowGroup.getCompressedSize() / 2);
            bytes.write(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13, 0x37, 0x42, 0x42});
        }
    }

    private static NanoTime nanoTime(LocalDateTime utc) {
        int julianDay = (int) utc.toLocalDate().getLong(JulianFields.JULIAN_DAY);
        return new NanoTime(julianDay, utc.toLocalTime().toNanoOfDay());
    }

    private static Binary uuid(UUID id) {
        return Binary.fromConstantByteArray(ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array());
    }
}

package org.apportion.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Streams a Parquet bill file (FOCUS and CUR 2.0 exports) one row group at a time, so memory holds at most
 * one row group. The header is the schema's top-level field names; {@link ParquetValues} renders each row's
 * values as text. Row n is reported as line n + 1, as if the file had a header line like a CSV export.
 * A damaged or cut-short file ends the reading with a {@link MalformedBillFileException}.
 */
public final class ParquetBillFile implements BillFile {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final ParquetFileReader reader;
    private final MessageColumnIO columns;
    private final GroupRecordConverter converter;
    private final List<String> header;
    private final ParquetValues values = new ParquetValues();
    private RecordReader<Group> rows;
    private long rowsLeftInGroup;
    private long dataRecordsRead;

    private ParquetBillFile(Path path, ParquetFileReader reader) {
        this.path = path;
        this.reader = reader;
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        this.columns = new ColumnIOFactory().getColumnIO(schema);
        this.converter = new GroupRecordConverter(schema);
        this.header = schema.getFields().stream().map(Type::getName).toList();
    }

    static boolean isParquet(Path path) throws IOException {
        return Arrays.equals(BillFiles.magic(path, MAGIC.length), MAGIC);
    }

    /** Opens the file and reads its footer (schema and row groups). */
    public static ParquetBillFile open(Path path) throws IOException {
        refuseGzip(path);
        ParquetFileReader reader;
        try {
            reader = new ParquetFileReader(new LocalInputFile(path), options());
        } catch (IOException | RuntimeException e) {
            // The library's message names no more than this (and an object id instead of the file).
            throw malformed(path, 1, "the Parquet file is damaged or cut short: its footer (schema and row "
                    + "groups) cannot be read", e);
        }
        try {
            refuseUnreadCodecs(path, reader);
            return new ParquetBillFile(path, reader);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static ParquetReadOptions options() {
        return ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(new ParquetCodecs())
                .usePageChecksumVerification(true)
                .build();
    }

    /** Parquet needs random access to its footer: a gzip-compressed copy cannot be read in place. */
    private static void refuseGzip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(2);
            if (start.length == 2 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b) {
                throw malformed(path, 1, "a gzip-compressed Parquet file: upload the .parquet file itself "
                        + "(Parquet compresses its own data)", null);
            }
        }
    }

    private static void refuseUnreadCodecs(Path path, ParquetFileReader reader) {
        for (BlockMetaData rowGroup : reader.getRowGroups()) {
            for (ColumnChunkMetaData column : rowGroup.getColumns()) {
                if (!ParquetCodecs.READ.contains(column.getCodec())) {
                    throw malformed(path, 1, "column " + column.getPath().toDotString() + " is compressed with "
                            + column.getCodec() + ", which Apportion does not read; export with Snappy, gzip, "
                            + "Zstandard or LZ4 compression", null);
                }
            }
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<BillRecord> next() {
        try {
            if (!moveToRowGroupWithRows()) {
                return Optional.empty();
            }
            Group row = rows.read();
            rowsLeftInGroup--;
            List<String> text = values.of(row);
            dataRecordsRead++;
            return Optional.of(new BillRecord(dataRecordsRead + 1, text));
        } catch (ParquetValues.BadValue e) {
            throw malformed(path, dataRecordsRead + 2, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Passes over rows for a restart: whole row groups without reading their pages, the rest row by row. */
    @Override
    public void skip(long dataRecords) {
        long left = dataRecords;
        try {
            while (left > 0) {
                if (rowsLeftInGroup == 0 && nextRowGroupHasAtMost(left)) {
                    long rowCount = reader.getRowGroups().get(nextRowGroup()).getRowCount();
                    reader.skipNextRowGroup();
                    dataRecordsRead += rowCount;
                    left -= rowCount;
                } else if (moveToRowGroupWithRows()) {
                    rows.read();
                    rowsLeftInGroup--;
                    dataRecordsRead++;
                    left--;
                } else {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    @Override
    public long dataRecordsRead() {
        return dataRecordsRead;
    }

    private int nextRowGroup() {
        return reader.getCurrentRowGroupIndex() + 1;
    }

    private boolean nextRowGroupHasAtMost(long rowCount) {
        return nextRowGroup() < reader.getRowGroups().size()
                && reader.getRowGroups().get(nextRowGroup()).getRowCount() <= rowCount;
    }

    private boolean moveToRowGroupWithRows() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore rowGroup = reader.readNextRowGroup();
            if (rowGroup == null) {
                return false;
            }
            rows = columns.getRecordReader(rowGroup, converter);
            rowsLeftInGroup = rowGroup.getRowCount();
        }
        return true;
    }

    private MalformedBillFileException damaged(Exception e) {
        return malformed(path, dataRecordsRead + 2, "the Parquet data is damaged (" + reason(path, e) + ")", e);
    }

    private static MalformedBillFileException malformed(Path path, long line, String problem, Throwable cause) {
        return new MalformedBillFileException(path.getFileName().toString(), line, problem, cause);
    }

    /** The library's message, without the server's directory the file was staged in. */
    private static String reason(Path path, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replace(path.toString(), path.getFileName().toString());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

package org.apportion.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV bill file, plain or gzip-compressed (recognised by its magic bytes, whatever the name),
 * UTF-8 with or without a byte-order mark, LF or CRLF. Blank lines are passed over. Each record carries
 * the physical line it starts on, so that errors can name it. Bytes that are not UTF-8, a damaged archive
 * or broken quoting end the reading with a {@link MalformedBillFileException} naming the line.
 */
public final class CsvBillFile implements BillFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final Path path;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    /** For each column read, its position in the header (-1: not there); null to hand rows out as read. */
    private int[] projection;
    private long linesConsumed;
    private long dataRecordsRead;

    private CsvBillFile(Path path) throws IOException {
        this.path = path;
        this.parser = CSVParser.builder().setReader(openReader(path)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.header = readHeader();
    }

    /** Opens the file and reads its header row. */
    public static CsvBillFile open(Path path) throws IOException {
        return new CsvBillFile(path);
    }

    private static BufferedReader openReader(Path path) throws IOException {
        try {
            return openDecodingReader(path);
        } catch (CharacterCodingException | EOFException | ZipException e) {
            throw malformed(path, 1, e);
        }
    }

    /** The file's bytes, decompressed when it starts with gzip's magic bytes. */
    static InputStream openBytes(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    static BufferedReader openDecodingReader(Path path) throws IOException {
        InputStream in = openBytes(path);
        // Report bad bytes instead of replacing them: a Latin-1 or UTF-16 file must not import as garbage.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private List<String> readHeader() {
        Optional<BillRecord> first = nextRecord();
        return first.map(r -> r.values().stream().map(String::strip).toList()).orElse(List.of());
    }

    @Override
    public Path path() {
        return path;
    }

    /** The column names of the first non-blank line, stripped of surrounding blanks. Empty for an empty file. */
    @Override
    public List<String> header() {
        return header;
    }

    /**
     * Reads the rows as these columns, found by name in the header; a column the header lacks reads as null.
     * A format that reads a fixed set of columns (in any order, some optional) sees every CSV file alike.
     */
    @Override
    public void readColumns(List<String> columns) {
        if (columns.equals(header)) {
            projection = null;
            return;
        }
        projection = new int[columns.size()];
        for (int i = 0; i < projection.length; i++) {
            projection[i] = header.indexOf(columns.get(i));
        }
    }

    /** The next data row, or empty at the end of the file. */
    @Override
    public Optional<BillRecord> next() {
        Optional<BillRecord> next = nextRecord().map(this::project);
        next.ifPresent(r -> dataRecordsRead++);
        return next;
    }

    private BillRecord project(BillRecord row) {
        if (projection == null) {
            return row;
        }
        if (row.values().size() != header.size()) {
            return BillRecord.misfit(row.line(), row.values(), header.size());
        }
        List<String> values = new ArrayList<>(projection.length);
        for (int position : projection) {
            values.add(position < 0 ? null : row.values().get(position));
        }
        return new BillRecord(row.line(), values);
    }

    /** How many data rows {@link #next()} has returned: the reader's checkpoint. */
    @Override
    public long dataRecordsRead() {
        return dataRecordsRead;
    }

    private Optional<BillRecord> nextRecord() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long startLine = linesConsumed + 1;
                linesConsumed = parser.getCurrentLineNumber();
                if (!isBlank(record)) {
                    return Optional.of(new BillRecord(startLine, record.toList()));
                }
            }
            return Optional.empty();
        } catch (UncheckedIOException e) {
            throw malformed(path, linesConsumed + 1, e.getCause());
        }
    }

    static MalformedBillFileException malformed(Path path, long line, IOException cause) {
        String problem;
        long at = line;
        if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead by whole buffers, so find the line of the first bad byte itself.
            at = Utf8Scan.lineOfFirstInvalidSequence(path).orElse(line);
            problem = "the file is not UTF-8 text; save it as UTF-8";
        } else if (cause instanceof EOFException || cause instanceof ZipException) {
            problem = "the compressed file is damaged or ends early";
        } else {
            problem = "not valid CSV: " + cause.getMessage();
        }
        return new MalformedBillFileException(path.getFileName().toString(), at, problem, cause);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

package org.apportion.imports;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams the records of a JSON bill: newline-delimited JSON (a BigQuery billing export, one object a line)
 * or one JSON document (an array of records, or a page of an admin API such as OpenAI's or Anthropic's
 * usage and cost reports: {@code {"data": [bucket...]}} where each time bucket holds {@code results}).
 *
 * <p>Each record is flattened: nested objects become dotted names ({@code service.description}), arrays stay
 * JSON text ({@code credits}), and a bucket's own fields come along as {@code bucket.<name>} (its start and end).
 * The header is the first record's field names until a format fixes the columns it reads.
 *
 * <p>A record's line is where it starts in the file. Records sharing a line (a compact, one-line API page)
 * are numbered on from the previous record's line, so that every record of a file has a line of its own.
 */
public final class JsonBillFile implements BillFile {

    /** How far the form is looked for: the first line of newline-delimited JSON ends within it. */
    private static final int LOOK_AHEAD = 1 << 20;

    private final Path path;
    private final BufferedReader reader;
    private final Deque<FlatRecord> pending = new ArrayDeque<>();
    private final RecordSource source;
    private List<String> header = List.of();
    private long dataRecordsRead;
    private long lastRecordLine;

    private JsonBillFile(Path path) throws IOException {
        this.path = path;
        this.reader = CsvBillFile.openDecodingReader(path);
        this.source = isNewlineDelimited() ? new LineSource() : new DocumentSource();
        fill();
        if (!pending.isEmpty()) {
            header = List.copyOf(pending.peek().fields().keySet());
        }
    }

    public static JsonBillFile open(Path path) throws IOException {
        return new JsonBillFile(path);
    }

    /** True when the first non-blank line is a JSON value of its own: one record a line. */
    private boolean isNewlineDelimited() throws IOException {
        reader.mark(LOOK_AHEAD + 1);
        try {
            String line = firstNonBlankLine();
            if (line == null) {
                return false; // no line ends within the look-ahead: one long document
            }
            if (line.isEmpty()) {
                return true;
            }
            try {
                wholeValue(line);
                return true;
            } catch (JsonException e) {
                return false;
            }
        } finally {
            reader.reset();
        }
    }

    /**
     * The first non-blank line, "" for a file without one, or null when no line ends within the look-ahead
     * (reading further would lose the mark the reader is reset to).
     */
    private String firstNonBlankLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read = 0; read < LOOK_AHEAD; read++) {
            int c = reader.read();
            if (c >= 0 && c != '\n' && c != '\r') {
                line.append((char) c);
            } else if (!line.toString().isBlank()) {
                return line.toString();
            } else if (c < 0) {
                return "";
            } else {
                line.setLength(0);
            }
        }
        return null;
    }

    /** The one JSON value a line holds; a second value after it is refused, not silently dropped. */
    private static JsonValue wholeValue(String text) {
        try (JsonParser parser = RowValues.JSON.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("more than one JSON value on the line", parser.getLocation());
            }
            return value;
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
    public void readColumns(List<String> columns) {
        header = List.copyOf(columns);
    }

    @Override
    public Optional<BillRecord> next() {
        if (pending.isEmpty()) {
            fill();
        }
        FlatRecord record = pending.poll();
        if (record == null) {
            return Optional.empty();
        }
        dataRecordsRead++;
        return Optional.of(record.as(header));
    }

    @Override
    public long dataRecordsRead() {
        return dataRecordsRead;
    }

    private void fill() {
        try {
            while (pending.isEmpty() && source.readMore()) {
                // each call adds the records of one more top-level value, page or bucket
            }
        } catch (JsonParsingException e) {
            throw malformed(e.getLocation().getLineNumber(), "not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw malformed(source.line(), "not valid JSON: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw CsvBillFile.malformed(path, source.line(), e.getCause());
        } catch (IOException e) {
            throw CsvBillFile.malformed(path, source.line(), e);
        }
    }

    private MalformedBillFileException malformed(long line, String problem) {
        return new MalformedBillFileException(path.getFileName().toString(), Math.max(line, 1), problem, null);
    }

    /** Adds the records a top-level value holds: itself, the elements of an array, or a page's buckets. */
    private void addRecordsOf(JsonValue value, long line) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> addRecordsOf(element, line));
        } else if (value instanceof JsonObject object && object.get("data") instanceof JsonArray data) {
            data.forEach(element -> addRecordsOf(element, line));
        } else if (value instanceof JsonObject bucket && bucket.get("results") instanceof JsonArray results) {
            Map<String, JsonValue> ownFields = new LinkedHashMap<>(bucket);
            ownFields.remove("results");
            Map<String, String> bucketFields = bucketFields(ownFields);
            for (JsonValue result : results) {
                Map<String, String> fields = new LinkedHashMap<>(bucketFields);
                flatten("", result, fields);
                addRecord(line, fields);
            }
        } else if (value instanceof JsonObject object) {
            Map<String, String> fields = new LinkedHashMap<>();
            flatten("", object, fields);
            addRecord(line, fields);
        } else {
            throw malformed(line, "a JSON bill holds objects, not " + value.getValueType().name().toLowerCase());
        }
    }

    /** Adds a record at the line it starts on, or the line after the previous record's when that is not later. */
    private void addRecord(long line, Map<String, String> fields) {
        lastRecordLine = Math.max(line, lastRecordLine + 1);
        pending.add(new FlatRecord(lastRecordLine, fields));
    }

    /** A bucket's own fields (without its results) as {@code bucket.<name>}. */
    private static Map<String, String> bucketFields(Map<String, JsonValue> bucket) {
        Map<String, String> fields = new LinkedHashMap<>();
        bucket.forEach((name, field) -> flatten("bucket." + name, field, fields));
        return fields;
    }

    private static void flatten(String name, JsonValue value, Map<String, String> into) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, field) ->
                    flatten(name.isEmpty() ? key : name + "." + key, field, into));
            case STRING -> into.put(name, ((JsonString) value).getString());
            case NUMBER -> into.put(name, ((JsonNumber) value).bigDecimalValue().toString());
            case NULL -> into.put(name, null);
            default -> into.put(name, value.toString());
        }
    }

    @Override
    public void close() throws IOException {
        source.close();
        reader.close();
    }

    /** Where records come from: whole lines, or the values inside one streamed document. */
    private interface RecordSource extends AutoCloseable {
        /** Reads the next top-level value and adds its records; false at the end. */
        boolean readMore() throws IOException;

        long line();

        @Override
        default void close() {
        }
    }

    private final class LineSource implements RecordSource {
        private long line;

        @Override
        public boolean readMore() throws IOException {
            String text;
            do {
                text = reader.readLine();
                line++;
            } while (text != null && text.isBlank());
            if (text == null) {
                return false;
            }
            try {
                addRecordsOf(wholeValue(text), line);
            } catch (JsonException e) {
                throw malformed(line, "not valid JSON: " + e.getMessage());
            }
            return true;
        }

        @Override
        public long line() {
            return line;
        }
    }

    /**
     * Walks one document without reading it whole: the elements of a top-level array, or of a top-level
     * object's {@code data} array, are read one at a time.
     */
    private final class DocumentSource implements RecordSource {
        private final JsonParser parser = RowValues.JSON.createParser(reader);
        private boolean insideArray;
        private boolean done;

        @Override
        public boolean readMore() {
            if (done) {
                return false;
            }
            if (!insideArray) {
                enterRecordArray();
                if (done) {
                    return false;
                }
            }
            Event event = parser.next();
            if (event == Event.END_ARRAY) {
                done = true;
                return false;
            }
            readRecords(event);
            return true;
        }

        /**
         * Adds the records of the value that starts with {@code start}, as {@code addRecordsOf} does, but
         * streamed, so that each result of a bucket keeps the line it starts on.
         */
        private void readRecords(Event start) {
            long line = parser.getLocation().getLineNumber();
            if (start == Event.START_ARRAY) {
                for (Event element = parser.next(); element != Event.END_ARRAY; element = parser.next()) {
                    readRecords(element);
                }
            } else if (start == Event.START_OBJECT) {
                readObject(line);
            } else {
                throw malformed(line, "a JSON bill holds objects, not " + parser.getValue().getValueType().name()
                        .toLowerCase());
            }
        }

        /** An object: a page (its data array holds the records), a bucket (its results do) or a record. */
        private void readObject(long line) {
            Map<String, JsonValue> fields = new LinkedHashMap<>();
            List<FlatRecord> results = null;
            boolean page = false;
            for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
                String key = parser.getString();
                Event value = parser.next();
                if (key.equals("data") && value == Event.START_ARRAY) {
                    page = true;
                    readRecords(value);
                } else if (key.equals("results") && value == Event.START_ARRAY && !page) {
                    results = readResults();
                } else {
                    fields.put(key, parser.getValue());
                }
            }
            if (page) {
                return;
            }
            if (results == null) {
                Map<String, String> record = new LinkedHashMap<>();
                fields.forEach((name, field) -> flatten(name, field, record));
                addRecord(line, record);
                return;
            }
            Map<String, String> bucket = bucketFields(fields);
            for (FlatRecord result : results) {
                Map<String, String> record = new LinkedHashMap<>(bucket);
                record.putAll(result.fields());
                addRecord(result.line(), record);
            }
        }

        private List<FlatRecord> readResults() {
            List<FlatRecord> results = new ArrayList<>();
            for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
                long line = parser.getLocation().getLineNumber();
                Map<String, String> fields = new LinkedHashMap<>();
                flatten("", parser.getValue(), fields);
                results.add(new FlatRecord(line, fields));
            }
            return results;
        }

        /** Moves to the first element of the array that holds the records. */
        private void enterRecordArray() {
            if (!parser.hasNext()) {
                done = true;
                return;
            }
            Event first = parser.next();
            if (first == Event.START_ARRAY) {
                insideArray = true;
                return;
            }
            if (first != Event.START_OBJECT) {
                throw malformed(parser.getLocation().getLineNumber(), "a JSON bill is an object or an array");
            }
            while (parser.hasNext()) {
                Event event = parser.next();
                if (event == Event.END_OBJECT) {
                    done = true;
                    return;
                }
                String key = parser.getString();
                Event valueStart = parser.next();
                if (key.equals("data") && valueStart == Event.START_ARRAY) {
                    insideArray = true;
                    return;
                }
                if (valueStart == Event.START_OBJECT || valueStart == Event.START_ARRAY) {
                    parser.skipObject();
                    parser.skipArray();
                }
            }
            done = true;
        }

        @Override
        public long line() {
            return parser.getLocation().getLineNumber();
        }

        @Override
        public void close() {
            parser.close();
        }
    }

    /** A flattened record, projected onto the current columns when handed out. */
    private record FlatRecord(long line, Map<String, String> fields) {
        BillRecord as(List<String> columns) {
            List<String> values = new ArrayList<>(columns.size());
            columns.forEach(column -> values.add(fields.get(column)));
            return new BillRecord(line, values);
        }
    }
}

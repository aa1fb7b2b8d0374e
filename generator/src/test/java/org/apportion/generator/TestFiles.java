package org.apportion.generator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** What the generator tests share: the project's files, digests, and generated files read back. */
final class TestFiles {

    static final Path TESTDATA = Path.of(System.getProperty("apportion.testdata", "../testdata"));
    static final Path PROJECT = TESTDATA.toAbsolutePath().getParent();
    /** Looked up once: finding the JSON-P provider per call costs more than the parsing. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    private TestFiles() {
    }

    static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return csv(new StringReader(text));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return csv(in);
        }
    }

    private static List<CSVRecord> csv(Reader in) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }

    static JsonObject json(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The models the price registry seeds (the Flyway migration), as {@code vendor:model}. */
    static List<String> seededModels() throws IOException {
        String sql = Files.readString(PROJECT.resolve("ejb/src/main/resources/db/migration/V4__seed_model_prices.sql"));
        Matcher row = Pattern.compile("\\(\\d+, '(\\w+)', '([^']+)'").matcher(sql);
        return row.results().map(m -> m.group(1) + ":" + m.group(2)).toList();
    }

    /** True when the model is a seeded one of the vendor, or a dated snapshot of one ({@code -2024-08-06}, {@code -20250514}). */
    static boolean isSeededOrSnapshot(String vendor, String model, List<String> seeded) {
        String undated = model.replaceFirst("-(\\d{4}-\\d{2}-\\d{2}|\\d{8})$", "");
        return seeded.contains(vendor + ":" + undated);
    }
}

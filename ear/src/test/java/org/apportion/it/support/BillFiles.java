package org.apportion.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/** Variants of the sample bill, written to target/ for one test. Lines are physical lines, header = 1. */
public final class BillFiles {

    private BillFiles() {
    }

    public static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Replaces the value of one column on one line (the sample quotes text values and leaves numbers bare). */
    public static List<String> withValue(List<String> lines, int line, String column, String value) {
        List<String> header = Arrays.asList(lines.get(0).replace("\"", "").split(","));
        int index = header.indexOf(column);
        List<String> fields = splitCsvLine(lines.get(line - 1));
        fields.set(index, value);
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, String.join(",", fields));
        return changed;
    }

    public static List<String> mapLine(List<String> lines, int line, UnaryOperator<String> change) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, change.apply(lines.get(line - 1)));
        return changed;
    }

    public static Path write(String name, List<String> lines, String lineEnd) throws IOException {
        Path file = Files.createDirectories(Path.of("target", "it-bills")).resolve(name);
        Files.writeString(file, String.join(lineEnd, lines) + lineEnd, StandardCharsets.UTF_8);
        return file;
    }

    public static Path gzip(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        }
        return gz;
    }

    /** Splits one line of the sample (no embedded line breaks; quotes around text, no escaped quotes in it). */
    private static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                current.append(c);
            } else if (c == ',' && !quoted) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}

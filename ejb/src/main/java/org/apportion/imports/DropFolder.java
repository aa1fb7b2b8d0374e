package org.apportion.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder where bill files are dropped for import ({@code apportion.import.drop.dir}, default the server's
 * data directory under {@code apportion/drop}). A picked-up file waits in {@code processing/} while its
 * import runs, then goes to {@code processed/} or {@code failed/} with a {@code .result.txt} beside it.
 */
@ApplicationScoped
public class DropFolder {

    static final String PROCESSING = "processing";
    static final String PROCESSED = "processed";
    static final String FAILED = "failed";

    public Path directory() {
        String configured = System.getProperty("apportion.import.drop.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return BillFileStaging.stagingDirectory().getParent().resolve("drop");
    }

    /** The files waiting directly in the folder, by name; hidden files and unfinished copies are left alone. */
    public List<Path> waitingFiles() throws IOException {
        Path dir = Files.createDirectories(directory());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted()
                    .toList();
        }
    }

    /** Moves a picked-up file out of the way while its import runs. */
    public Path holdWhileImporting(Path file, long batchId) throws IOException {
        Path processing = Files.createDirectories(directory().resolve(PROCESSING));
        return Files.move(file, processing.resolve(batchId + "-" + file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Files the file away for good, under its original name, with the outcome written beside it. */
    public Path finish(Path file, String originalName, boolean imported, String outcome) throws IOException {
        Path target = Files.createDirectories(directory().resolve(imported ? PROCESSED : FAILED));
        Path destination = freeName(target, originalName);
        Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(destination.resolveSibling(destination.getFileName() + ".result.txt"),
                outcome + System.lineSeparator(), StandardCharsets.UTF_8);
        return destination;
    }

    /** The name itself, or name.1, name.2, … when a file of that name was filed before. */
    private static Path freeName(Path dir, String name) {
        Path candidate = dir.resolve(name);
        for (int i = 1; Files.exists(candidate); i++) {
            candidate = dir.resolve(name + "." + i);
        }
        return candidate;
    }
}

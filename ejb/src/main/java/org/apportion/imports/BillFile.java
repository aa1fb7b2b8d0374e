package org.apportion.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A bill file read row by row, whatever its physical form (CSV, newline-delimited JSON, a provider's JSON
 * usage report, Parquet). Each row comes as a {@link BillRecord} of values aligned with {@link #header()},
 * so the formats' row mappers read every form alike. Streaming: no form holds the whole file in memory.
 */
public interface BillFile extends AutoCloseable {

    Path path();

    /** The column names: a CSV header row, or the (flattened) field names of a JSON or Parquet record. */
    List<String> header();

    /**
     * Reads the rows as these columns from now on. JSON records name their fields one by one, so a format
     * fixes the columns it reads; a CSV file finds them by name in its header (a column it lacks reads as
     * null), so both forms of one format read alike. Parquet files have a fixed header and ignore it.
     */
    default void readColumns(List<String> columns) {
    }

    /** The next data row, or empty at the end of the file. */
    Optional<BillRecord> next();

    /** How many data rows {@link #next()} has returned: the reader's checkpoint. */
    long dataRecordsRead();

    /** Passes over data rows already processed, for a restart from a checkpoint. */
    default void skip(long dataRecords) {
        for (long i = 0; i < dataRecords; i++) {
            if (next().isEmpty()) {
                return;
            }
        }
    }

    @Override
    void close() throws IOException;
}

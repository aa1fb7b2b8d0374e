package org.apportion.batch.imports;

import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;
import org.apportion.imports.BillFormat;

/** Reads the import job's properties (see import-focus.xml) from the job context. */
final class ImportJobProperties {

    static final String BATCH_ID = "importBatchId";
    static final String FILE = "file";
    static final String CHUNK_SIZE = "chunkSize";
    static final String FORMAT = "format";

    private ImportJobProperties() {
    }

    static long batchId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(BATCH_ID));
    }

    static Path file(JobContext job) {
        return Path.of(job.getProperties().getProperty(FILE));
    }

    /** The format the user named for the file, or null to recognise it by its header. */
    static BillFormat format(JobContext job) {
        String format = job.getProperties().getProperty(FORMAT);
        return format == null || format.isBlank() ? null : BillFormat.valueOf(format);
    }
}

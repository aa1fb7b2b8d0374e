package org.apportion.batch.imports;

import jakarta.batch.runtime.context.JobContext;
import java.nio.file.Path;

/** Reads the import job's properties (see import-focus.xml) from the job context. */
final class ImportJobProperties {

    static final String BATCH_ID = "importBatchId";
    static final String FILE = "file";
    static final String CHUNK_SIZE = "chunkSize";

    private ImportJobProperties() {
    }

    static long batchId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(BATCH_ID));
    }

    static Path file(JobContext job) {
        return Path.of(job.getProperties().getProperty(FILE));
    }
}

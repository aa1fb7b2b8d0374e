package org.apportion.batch.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apportion.base.StateConflictException;
import org.apportion.imports.BillFileStaging;
import org.apportion.imports.BillFormat;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportService;
import org.apportion.imports.ImportStatus;
import org.apportion.imports.RejectionPolicy;
import org.apportion.imports.StagedBillFile;
import org.apportion.imports.mapped.ColumnMapping;
import org.apportion.imports.mapped.ColumnMappingService;

/**
 * Submits bill files for import and restarts failed imports. Jobs are started from this module because
 * WildFly resolves job XML from the deployment that starts the job.
 */
@Stateless
// Staging a large upload must not hold a transaction open; each ImportService call runs in its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs {

    public static final String JOB_NAME = "import-bill";

    @Inject
    private BillFileStaging staging;

    @Inject
    private ImportService imports;

    @Inject
    private ColumnMappingService columnMappings;

    /** Stages the file, registers the batch and, unless it is a duplicate, starts the import job. */
    public ImportBatch submit(String fileName, InputStream content, String submittedBy, RejectionPolicy policy)
            throws IOException {
        return submit(fileName, content, submittedBy, policy, null);
    }

    /** As {@link #submit}, reading the file as the named format instead of recognising it (null: recognise). */
    public ImportBatch submit(String fileName, InputStream content, String submittedBy, RejectionPolicy policy,
                              BillFormat format) throws IOException {
        ImportBatch batch = register(fileName, content, submittedBy, policy);
        return batch.getStatus() == ImportStatus.DUPLICATE ? batch : start(batch.getId(), format);
    }

    /**
     * As {@link #submit}, reading the file through the named column mapping (format {@code CSV_MAPPED}).
     * The batch keeps the mapping as it is now.
     */
    public ImportBatch submitMapped(String fileName, InputStream content, String submittedBy, RejectionPolicy policy,
                                    String mappingName) throws IOException {
        ColumnMapping mapping = columnMappings.find(mappingName).orElseThrow(() ->
                new IllegalArgumentException("No column mapping named \"" + mappingName + "\"; create it under "
                        + "/api/v1/imports/mappings first."));
        ImportBatch batch = register(fileName, content, submittedBy, policy);
        if (batch.getStatus() == ImportStatus.DUPLICATE) {
            return batch;
        }
        imports.readThrough(batch.getId(), mapping.getName(), mapping.definitionJson());
        return start(batch.getId(), BillFormat.CSV_MAPPED);
    }

    /** Stages the file and registers its batch, without starting the job yet. */
    public ImportBatch register(String fileName, InputStream content, String submittedBy, RejectionPolicy policy)
            throws IOException {
        StagedBillFile staged = staging.stage(fileName, content);
        ImportBatch batch = imports.register(staged, submittedBy, policy);
        if (batch.getStatus() == ImportStatus.DUPLICATE) {
            staging.discard(staged);
            return batch;
        }
        imports.recordStagedPath(batch.getId(), staging.keepFor(batch.getId(), staged).toString());
        return imports.find(batch.getId()).orElseThrow();
    }

    /** Starts the import job of a registered batch; {@code format} null lets the header decide. */
    public ImportBatch start(long batchId, BillFormat format) {
        ImportBatch batch = imports.find(batchId).orElseThrow();
        try {
            jobOperator().start(JOB_NAME, parameters(batchId, batch.getStagedFile(), format));
        } catch (RuntimeException e) {
            // Without this the batch would wait in STARTING for a job that never came.
            imports.jobEnded(batchId, ImportStatus.FAILED, "The import job could not be started: " + e.getMessage());
            throw e;
        }
        return imports.find(batchId).orElseThrow();
    }

    /** Restarts a failed or stopped import from its last checkpoint. */
    public ImportBatch restart(long batchId) {
        ImportBatch batch = imports.find(batchId)
                .orElseThrow(() -> new IllegalArgumentException("No import batch " + batchId));
        if (batch.getStatus() != ImportStatus.FAILED && batch.getStatus() != ImportStatus.STOPPED) {
            throw new StateConflictException("Import batch " + batchId + " is " + batch.getStatus()
                    + "; only FAILED or STOPPED imports can be restarted.");
        }
        // The format found (or named) at the first run holds for the restart.
        jobOperator().restart(batch.getJobExecutionId(), parameters(batchId, batch.getStagedFile(), batch.getFormat()));
        return imports.find(batchId).orElseThrow();
    }

    private static Properties parameters(long batchId, String file, BillFormat format) {
        Properties parameters = new Properties();
        // Rows per chunk, and per block dealt to a partition. Tests make it small to cross many boundaries.
        parameters.setProperty(ImportJobProperties.CHUNK_SIZE, System.getProperty("apportion.import.chunk.rows", "5000"));
        parameters.setProperty(ImportJobProperties.BATCH_ID, Long.toString(batchId));
        parameters.setProperty(ImportJobProperties.FILE, file);
        parameters.setProperty(ImportJobProperties.FORMAT, format == null ? "" : format.name());
        return parameters;
    }

    private static JobOperator jobOperator() {
        return BatchRuntime.getJobOperator();
    }
}

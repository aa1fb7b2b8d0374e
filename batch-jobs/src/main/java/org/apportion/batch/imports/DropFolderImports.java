package org.apportion.batch.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apportion.imports.DropFolder;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportService;
import org.apportion.imports.ImportStatus;
import org.apportion.imports.RejectionPolicy;

/**
 * Imports the files waiting in the drop folder, and files each away once its import has ended: to
 * {@code processed/} when it was imported, else to {@code failed/}, with the outcome beside it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DropFolderImports {

    static final String SUBMITTER = "drop-folder";
    private static final Logger LOG = Logger.getLogger(DropFolderImports.class.getName());

    @Inject
    private DropFolder folder;

    @Inject
    private ImportJobs jobs;

    @Inject
    private ImportService imports;

    /** Submits every waiting file; answers the batches it started (or found to be duplicates). */
    public List<ImportBatch> scan() throws IOException {
        List<ImportBatch> batches = new ArrayList<>();
        for (Path file : folder.waitingFiles()) {
            ImportBatch batch;
            try (InputStream content = Files.newInputStream(file)) {
                batch = jobs.register(file.getFileName().toString(), content, SUBMITTER, RejectionPolicy.STRICT);
            }
            if (batch.getStatus().isFinal()) {
                folder.finish(file, file.getFileName().toString(), false, outcome(batch));
            } else {
                // Recorded before the job starts: a quick job ends, and files the file away, right after.
                imports.recordDropFile(batch.getId(), folder.holdWhileImporting(file, batch.getId()).toString());
                batch = jobs.start(batch.getId(), null);
            }
            batches.add(batch);
        }
        LOG.info(() -> "Drop folder " + folder.directory() + ": " + batches.size() + " file(s) submitted");
        return batches;
    }

    /** Called when an import job ends: files a drop-folder file away. */
    public void fileAway(long batchId) {
        ImportBatch batch = imports.find(batchId).orElseThrow();
        if (batch.getDropFile() == null || batch.getStatus().isRunning()) {
            return;
        }
        try {
            folder.finish(Path.of(batch.getDropFile()), batch.getFileName(),
                    batch.getStatus() == ImportStatus.COMPLETED, outcome(batch));
            imports.dropFileFiled(batchId);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not file away " + batch.getDropFile() + " of import batch " + batchId, e);
        }
    }

    private String outcome(ImportBatch batch) {
        String header = "Import batch " + batch.getId() + " of " + batch.getFileName() + ": " + batch.getStatus();
        return switch (batch.getStatus()) {
            case COMPLETED -> header + ", " + batch.getRowsImported() + " rows imported (" + batch.getFormat() + " "
                    + batch.getFormatVersion() + ")" + totals(batch) + ".";
            case FAILED, STOPPED -> header + ". " + batch.getFailureReason()
                    + System.lineSeparator() + "Restart it: POST /api/v1/imports/" + batch.getId() + "/restart";
            case REJECTED -> header + ". " + batch.getFailureReason() + rejections(batch.getId());
            default -> header + ". " + (batch.getFailureReason() == null ? "" : batch.getFailureReason());
        };
    }

    private static String totals(ImportBatch batch) {
        return batch.getTotals().stream()
                .map(t -> t.getBillingCurrency() + " billed " + t.getBilledCost().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", ", "; ", ""));
    }

    private String rejections(long batchId) {
        return imports.rejections(batchId, 20).stream()
                .map(r -> "line " + r.getLineNumber() + (r.getColumnName() == null ? "" : ", column " + r.getColumnName())
                        + ": " + r.getReason() + (r.getValue() == null ? "" : " (value \"" + r.getValue() + "\")"))
                .collect(Collectors.joining(System.lineSeparator(), System.lineSeparator(), ""));
    }
}

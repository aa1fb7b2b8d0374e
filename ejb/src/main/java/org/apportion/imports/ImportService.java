package org.apportion.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apportion.migration.DatabaseMigration;
import org.apportion.pricing.ModelPriceService;

/**
 * The lifecycle of an import batch, shared by the import job, the REST API and the UI. Cost lines of a
 * batch count only once the batch is COMPLETED; a rejected batch keeps none.
 */
@Stateless
public class ImportService {

    /** Rejections stored per batch; more are counted but not kept, so a garbage file cannot flood the table. */
    public static final int MAX_STORED_REJECTIONS = 1000;
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @PersistenceContext(unitName = "apportion")
    private EntityManager em;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    private final Clock clock = Clock.systemUTC();
    private final RejectedRows rejectedRows = new RejectedRows();
    @Inject
    private ModelPriceService prices;

    @Inject
    private Event<ImportCompleted> completions;

    private final Restatements restatements = new Restatements();
    private final CostReportVariance costReportVariance = new CostReportVariance();
    private final ImportProgress progress = new ImportProgress();

    /**
     * Records an upload as a new batch, or as a duplicate when a batch already holds the same content.
     * A failed earlier import of the same content is abandoned (its rows removed) in favour of this one.
     */
    public ImportBatch register(StagedBillFile file, String submittedBy, RejectionPolicy policy) {
        Optional<ImportBatch> holder = em.createNamedQuery(ImportBatch.FIND_CLAIM, ImportBatch.class)
                .setParameter("sha256", file.sha256())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        ImportBatch batch = new ImportBatch(file, submittedBy, policy, clock.instant());
        if (holder.isPresent() && isUnfinishedFailure(holder.get())) {
            abandon(holder.get(), "Superseded by a new upload of the same file.");
            em.flush();
        } else if (holder.isPresent()) {
            batch.markDuplicateOf(holder.get(), clock.instant());
        }
        em.persist(batch);
        em.flush();
        return batch;
    }

    private static boolean isUnfinishedFailure(ImportBatch batch) {
        return batch.getStatus() == ImportStatus.FAILED || batch.getStatus() == ImportStatus.STOPPED;
    }

    private void abandon(ImportBatch batch, String reason) {
        deleteCostLines(batch.getId());
        batch.markAbandoned(reason, clock.instant());
        LOG.info(() -> "Import batch " + batch.getId() + " abandoned: " + reason);
    }

    public void recordStagedPath(long batchId, String path) {
        batch(batchId).stagedAt(path);
    }

    /** Remembers where a drop-folder file waits while its batch is imported. */
    public void recordDropFile(long batchId, String path) {
        batch(batchId).droppedAt(path);
    }

    /** Forgets the drop-folder file once it has been filed away. */
    public void dropFileFiled(long batchId) {
        batch(batchId).droppedAt(null);
    }

    /** The batch; while its job runs, with the counts its partitions have committed so far. */
    public Optional<ImportBatch> find(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch != null && batch.getStatus() == ImportStatus.STARTED) {
            em.detach(batch);
            long[] sums = progress.sums(em, batchId);
            batch.counted(sums[0], sums[1], sums[2]);
        }
        return Optional.ofNullable(batch);
    }

    public List<ImportBatch> list(int page, int size) {
        return em.createNamedQuery(ImportBatch.LIST, ImportBatch.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(ImportBatch.COUNT, Long.class).getSingleResult();
    }

    public List<ImportRejection> rejections(long batchId, int limit) {
        return em.createNamedQuery(ImportRejection.BY_BATCH, ImportRejection.class)
                .setParameter("batchId", batchId)
                .setMaxResults(limit)
                .getResultList();
    }

    // --- Called by the import job, inside its transactions ---

    public void jobStarted(long batchId, long executionId) {
        batch(batchId).markStarted(executionId, clock.instant());
    }

    /** The batch is read through this column mapping, as it is now (later edits do not change the batch). */
    public void readThrough(long batchId, String mappingName, String mappingDefinition) {
        batch(batchId).readThrough(mappingName, mappingDefinition);
    }

    public void formatDetected(long batchId, BillFormat format, String version) {
        batch(batchId).useFormat(format, version);
    }

    /** Stores one chunk of cost lines; runs in the chunk's transaction together with the job's checkpoint. */
    public void storeCostLines(long batchId, int partition, List<CostLine> lines) {
        try (Connection connection = dataSource.getConnection()) {
            CostLineLoadData.load(connection, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store " + lines.size() + " cost lines of import batch "
                    + batchId + ": " + e.getMessage(), e);
        }
        progress.add(em, batchId, partition, lines.size(), lines.size(), 0);
        ChunkSummary.of(lines).addTo(em, batchId, partition);
    }

    /** Records the problems of one refused row, and its raw values so that it can be corrected and re-imported. */
    public void recordRejectedRow(long batchId, int partition, BillRecord row, List<RowProblem> problems) {
        if (rejectedRows.count(em, batchId) < MAX_STORED_REJECTIONS) {
            problems.forEach(p -> em.persist(new ImportRejection(batchId, p)));
            rejectedRows.store(em, batchId, row);
        }
        progress.add(em, batchId, partition, 1, 0, 1);
    }

    /** Folds the partitions' counts into the batch, once its import step has ended (or failed). */
    private ImportBatch withFinalCounts(long batchId) {
        long[] sums = progress.sums(em, batchId);
        ImportBatch batch = batch(batchId);
        batch.counted(sums[0], sums[1], sums[2]);
        return batch;
    }

    /**
     * Writes the refused rows of a batch (at most {@link #MAX_STORED_REJECTIONS}) as a CSV file with the
     * source's header, ready to be corrected and imported again.
     */
    public void exportRejectedRows(long batchId, Writer out) throws IOException {
        ImportBatch batch = batch(batchId);
        List<String> header;
        try (BillFile source = BillFiles.open(Path.of(batch.getStagedFile()))) {
            header = BillFormats.readerFor(batch, batch.getFormat(), source.header())
                    .map(format -> format.columns(source.header())).orElse(source.header());
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(header);
            for (BillRecord row : rejectedRows.load(em, batchId)) {
                csv.printRecord(row.values());
            }
        }
    }

    /**
     * Records problems that make the whole file unusable (a bad header, broken CSV), removes whatever the
     * file stored so far and marks the batch rejected. Runs in its own transaction, so the record survives
     * the failing chunk's rollback.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rejectFile(long batchId, List<RowProblem> problems) {
        // Every partition reads the whole file and meets its fault: each removes what it stored, one says why.
        deleteCostLines(batchId);
        if (em.find(ImportBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE).getStatus() == ImportStatus.REJECTED) {
            return;
        }
        problems.forEach(p -> em.persist(new ImportRejection(batchId, p)));
        String reason = problems.isEmpty() ? "The file was rejected." : problems.get(0).toString();
        batch(batchId).markRejected(reason, clock.instant());
    }

    /** True when the file must be refused as a whole: it has no data rows, or bad rows under the strict policy. */
    public boolean refusesFile(long batchId) {
        ImportBatch batch = withFinalCounts(batchId);
        return batch.getRowsRead() == 0
                || batch.getRejectionPolicy() == RejectionPolicy.STRICT && batch.getRowsRejected() > 0;
    }

    /** Removes every cost line of a refused file, so nothing of it stays stored, and says why. */
    public void discardRejected(long batchId) {
        ImportBatch batch = batch(batchId);
        int deleted = deleteCostLines(batchId);
        if (batch.getRowsRead() == 0) {
            RowProblem empty = new RowProblem(2, null, null, "the file has a header but no data rows");
            em.persist(new ImportRejection(batchId, empty));
            batch.markRejected(empty.reason(), clock.instant());
            return;
        }
        batch.markRejected(batch.getRowsRejected() + " row(s) rejected under the strict policy; none of the file's "
                + "rows were kept. Correct them, or import with the quarantine policy.", clock.instant());
        LOG.info(() -> "Import batch " + batchId + " rejected, " + deleted + " stored rows removed");
    }

    /**
     * Completes the batch in one transaction: an LLM cost report is set against the usage it replaces, its rows
     * replace those of earlier completed batches for the same billing accounts and periods (a restated bill), and
     * its totals per billing currency are summed. Observers of {@link ImportCompleted} (the cost aggregates) work
     * in the same transaction.
     */
    public ImportBatch complete(long batchId) {
        restatements.lockCompletions(em);
        ImportBatch batch = batch(batchId);
        costReportVariance.recordBeforeRestating(em, batch, prices::priceBook);
        restatements.supersedeEarlierRows(em, batch, clock.instant());
        List<CurrencyTotal> totals = ChunkSummary.totals(em, batchId);
        List<ChunkSummary.Scope> scopes = ChunkSummary.scopes(em, batchId);
        List<BillingPeriod> periods = scopes.stream()
                .map(scope -> List.of(scope.periodStart(), scope.periodEnd())).distinct()
                .map(bounds -> new BillingPeriod(bounds.get(0), bounds.get(1))).toList();
        batch.markCompleted(totals, periods, clock.instant());
        // Observers read the cost lines with SQL: they must see the batch completed.
        em.flush();
        completions.fire(new ImportCompleted(batchId, scopes.stream().map(s -> new ImportCompleted.Scope(
                s.provider(), s.account(), YearMonth.from(s.periodStart()))).toList()));
        batch.finishedAt(clock.instant());
        return batch;
    }

    /** Records how a job that did not complete ended (FAILED or STOPPED), unless the batch already has an end. */
    public void jobEnded(long batchId, ImportStatus status, String reason) {
        ImportBatch batch = withFinalCounts(batchId);
        if (!batch.getStatus().isFinal()) {
            batch.markEnded(status, reason, clock.instant());
        }
    }

    private int deleteCostLines(long batchId) {
        return em.createQuery("DELETE FROM CostLine c WHERE c.importBatchId = :id")
                .setParameter("id", batchId)
                .executeUpdate();
    }

    private ImportBatch batch(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch == null) {
            throw new IllegalArgumentException("No import batch " + batchId);
        }
        return batch;
    }

}

package org.apportion.imports;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One uploaded bill file and what became of it. */
@Entity
@Table(name = "import_batch")
@NamedQuery(name = ImportBatch.FIND_CLAIM, query = "SELECT b FROM ImportBatch b WHERE b.sha256Claim = :sha256")
@NamedQuery(name = ImportBatch.LIST, query = "SELECT b FROM ImportBatch b ORDER BY b.id DESC")
@NamedQuery(name = ImportBatch.COUNT, query = "SELECT COUNT(b) FROM ImportBatch b")
public class ImportBatch {

    static final String FIND_CLAIM = "ImportBatch.findClaim";
    static final String LIST = "ImportBatch.list";
    static final String COUNT = "ImportBatch.count";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_batch_ids")
    @TableGenerator(name = "import_batch_ids", table = "id_generator", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "import_batch", allocationSize = 10)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 512)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "sha256_claim", length = 64)
    private String sha256Claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", length = 32)
    private BillFormat format;

    @Column(name = "format_version", length = 16)
    private String formatVersion;

    @Column(name = "column_mapping", length = 128)
    private String columnMapping;

    @Column(name = "column_mapping_definition")
    private String columnMappingDefinition;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;

    @Column(name = "rows_superseded", nullable = false)
    private long rowsSuperseded;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_policy", nullable = false, length = 16)
    private RejectionPolicy rejectionPolicy;

    @Column(name = "superseded_by_batch_id")
    private Long supersededByBatchId;

    @Column(name = "duplicate_of_batch_id")
    private Long duplicateOfBatchId;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "staged_file", length = 1024)
    private String stagedFile;

    @Column(name = "drop_file", length = 1024)
    private String dropFile;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_batch_total", joinColumns = @JoinColumn(name = "import_batch_id"))
    @OrderBy("billingCurrency")
    private List<CurrencyTotal> totals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_batch_period", joinColumns = @JoinColumn(name = "import_batch_id"))
    @OrderBy("start")
    private List<BillingPeriod> billingPeriods = new ArrayList<>();

    protected ImportBatch() {
    }

    ImportBatch(StagedBillFile file, String submittedBy, RejectionPolicy rejectionPolicy, Instant now) {
        this.fileName = file.fileName();
        this.fileSize = file.size();
        this.sha256 = file.sha256();
        this.submittedBy = submittedBy;
        this.rejectionPolicy = rejectionPolicy;
        this.submittedAt = now;
        this.status = ImportStatus.STARTING;
        this.sha256Claim = file.sha256();
    }

    void markDuplicateOf(ImportBatch original, Instant now) {
        status = ImportStatus.DUPLICATE;
        sha256Claim = null;
        duplicateOfBatchId = original.id;
        failureReason = "The same file (SHA-256 " + sha256 + ") was already imported as batch " + original.id
                + " (" + original.fileName + ").";
        finishedAt = now;
    }

    void markStarted(long executionId, Instant now) {
        status = ImportStatus.STARTED;
        jobExecutionId = executionId;
        if (startedAt == null) {
            startedAt = now;
        }
        failureReason = null;
        finishedAt = null;
    }

    void markCompleted(List<CurrencyTotal> newTotals, List<BillingPeriod> periods, Instant now) {
        status = ImportStatus.COMPLETED;
        totals.clear();
        totals.addAll(newTotals);
        billingPeriods.clear();
        billingPeriods.addAll(periods);
        finishedAt = now;
    }

    /** The completion ends later than it was marked: its aggregates were built in the same transaction. */
    void finishedAt(Instant now) {
        finishedAt = now;
    }

    void markRejected(String reason, Instant now) {
        status = ImportStatus.REJECTED;
        sha256Claim = null;
        rowsImported = 0;
        failureReason = reason;
        finishedAt = now;
    }

    void markEnded(ImportStatus endStatus, String reason, Instant now) {
        status = endStatus;
        failureReason = reason;
        finishedAt = now;
    }

    void markAbandoned(String reason, Instant now) {
        status = ImportStatus.ABANDONED;
        sha256Claim = null;
        rowsImported = 0;
        failureReason = reason;
        finishedAt = now;
    }

    /** Rows of this batch were replaced by a later bill for the same billing accounts and periods. */
    void supersede(long rows, long byBatchId, Instant now) {
        rowsSuperseded += rows;
        supersededByBatchId = byBatchId;
        if (rowsSuperseded >= rowsImported) {
            status = ImportStatus.SUPERSEDED;
            // The content is no longer current: uploading it again is a restatement, not a duplicate.
            sha256Claim = null;
            failureReason = "All rows were replaced by batch " + byBatchId + ".";
            finishedAt = now;
        }
    }

    /** The partitions' counts so far: folded for good when the step ends, shown as they go while it runs. */
    void counted(long read, long imported, long rejected) {
        rowsRead = read;
        rowsImported = imported;
        rowsRejected = rejected;
    }

    void droppedAt(String path) {
        this.dropFile = path;
    }

    void stagedAt(String path) {
        this.stagedFile = path;
    }

    void useFormat(BillFormat detectedFormat, String version) {
        this.format = detectedFormat;
        this.formatVersion = version;
    }

    void readThrough(String mappingName, String mappingDefinition) {
        this.format = BillFormat.CSV_MAPPED;
        this.columnMapping = mappingName;
        this.columnMappingDefinition = mappingDefinition;
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public long getFileSize() { return fileSize; }
    public String getSha256() { return sha256; }
    public BillFormat getFormat() { return format; }
    public String getFormatVersion() { return formatVersion; }
    /** The name of the column mapping the file was read through, or null. */
    public String getColumnMapping() { return columnMapping; }
    /** The mapping as it was when the import started (JSON of {@code MappingDefinition}), or null. */
    public String getColumnMappingDefinition() { return columnMappingDefinition; }
    public ImportStatus getStatus() { return status; }
    public long getRowsImported() { return rowsImported; }
    public long getRowsRejected() { return rowsRejected; }
    public long getRowsRead() { return rowsRead; }
    public RejectionPolicy getRejectionPolicy() { return rejectionPolicy; }
    public long getRowsSuperseded() { return rowsSuperseded; }
    public Long getSupersededByBatchId() { return supersededByBatchId; }
    public Long getDuplicateOfBatchId() { return duplicateOfBatchId; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public String getStagedFile() { return stagedFile; }
    public String getDropFile() { return dropFile; }
    public String getFailureReason() { return failureReason; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public List<CurrencyTotal> getTotals() { return List.copyOf(totals); }
    public List<BillingPeriod> getBillingPeriods() { return List.copyOf(billingPeriods); }
}

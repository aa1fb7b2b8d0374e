package org.apportion.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One problem found in a bill file: which line, which column, what value and why it was refused. */
@Entity
@Table(name = "import_rejection")
@NamedQuery(name = ImportRejection.BY_BATCH,
        query = "SELECT r FROM ImportRejection r WHERE r.importBatchId = :batchId ORDER BY r.lineNumber, r.id")
public class ImportRejection {

    static final String BY_BATCH = "ImportRejection.byBatch";
    private static final int MAX_VALUE_LENGTH = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_rejection_ids")
    @TableGenerator(name = "import_rejection_ids", table = "id_generator", pkColumnName = "name",
            valueColumnName = "next_value", pkColumnValue = "import_rejection", allocationSize = 100)
    private Long id;

    @Column(name = "import_batch_id", nullable = false)
    private long importBatchId;

    @Column(name = "line_number", nullable = false)
    private long lineNumber;

    @Column(name = "column_name", length = 128)
    private String columnName;

    @Column(name = "value", length = MAX_VALUE_LENGTH)
    private String value;

    @Column(name = "reason", nullable = false, length = 1024)
    private String reason;

    protected ImportRejection() {
    }

    ImportRejection(long importBatchId, RowProblem problem) {
        this.importBatchId = importBatchId;
        this.lineNumber = problem.line();
        this.columnName = problem.column();
        this.value = truncate(problem.value(), MAX_VALUE_LENGTH);
        this.reason = truncate(problem.reason(), 1024);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public long getImportBatchId() { return importBatchId; }
    public long getLineNumber() { return lineNumber; }
    public String getColumnName() { return columnName; }
    public String getValue() { return value; }
    public String getReason() { return reason; }
}

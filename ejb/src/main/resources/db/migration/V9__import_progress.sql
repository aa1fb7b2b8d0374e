-- The import step runs in partitions (one thread a core). Each partition counts what it read, stored and
-- refused in a row of its own, in its chunks' transactions: counting on the import_batch row instead would
-- make the partitions deadlock, as every cost line's foreign key holds a shared lock on that row until its
-- chunk commits. The counts are folded into import_batch when the step ends. No foreign key, on purpose.
CREATE TABLE import_progress (
    import_batch_id BIGINT NOT NULL,
    partition_no    INT    NOT NULL,
    rows_read       BIGINT NOT NULL DEFAULT 0,
    rows_imported   BIGINT NOT NULL DEFAULT 0,
    rows_rejected   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (import_batch_id, partition_no)
) ENGINE = InnoDB;

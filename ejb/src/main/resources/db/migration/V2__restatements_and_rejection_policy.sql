-- Restatements: a newer bill for the same billing account and billing period replaces the rows of the
-- older batches; those keep their history and count what was superseded.
-- Rejection policy: STRICT (any bad row refuses the file) or QUARANTINE (good rows kept, bad rows held
-- with their raw values for correction and re-import).

ALTER TABLE import_batch
    ADD COLUMN rejection_policy       VARCHAR(16) NOT NULL DEFAULT 'STRICT' AFTER status,
    ADD COLUMN rows_superseded        BIGINT      NOT NULL DEFAULT 0 AFTER rows_rejected,
    ADD COLUMN superseded_by_batch_id BIGINT      NULL AFTER duplicate_of_batch_id,
    ADD CONSTRAINT fk_import_batch_superseded_by FOREIGN KEY (superseded_by_batch_id) REFERENCES import_batch (id),
    DROP COLUMN max_rejections;

CREATE TABLE import_rejected_row (
    import_batch_id BIGINT   NOT NULL,
    line_number     BIGINT   NOT NULL,
    raw_values      LONGTEXT NOT NULL CHECK (JSON_VALID(raw_values)),
    PRIMARY KEY (import_batch_id, line_number),
    CONSTRAINT fk_import_rejected_row_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cost_line_account_period ON cost_line (billing_account_id, billing_period_start, import_batch_id);

-- One row that completing imports lock, so that two restatements of the same bill cannot both miss the
-- other's rows and leave them double-counted.
CREATE TABLE import_completion_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO import_completion_lock (id) VALUES (1);

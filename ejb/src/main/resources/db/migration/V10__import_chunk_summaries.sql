-- What completing an import needs to know of its rows, gathered chunk by chunk in the chunks' transactions
-- (so restarts keep it exact): totals per billing currency per partition, and the billing periods of each
-- provider's billing accounts (the scopes a restatement replaces). Completion reads these instead of
-- scanning the batch's rows three times. No foreign keys, like import_progress.
CREATE TABLE import_progress_total (
    import_batch_id  BIGINT         NOT NULL,
    partition_no     INT            NOT NULL,
    billing_currency CHAR(3)        NOT NULL,
    row_count        BIGINT         NOT NULL,
    billed_cost      DECIMAL(48,30) NOT NULL,
    effective_cost   DECIMAL(48,30) NOT NULL,
    list_cost        DECIMAL(48,30) NOT NULL,
    contracted_cost  DECIMAL(48,30) NOT NULL,
    PRIMARY KEY (import_batch_id, partition_no, billing_currency)
) ENGINE = InnoDB;

CREATE TABLE import_progress_scope (
    import_batch_id      BIGINT       NOT NULL,
    provider_name        VARCHAR(255) NOT NULL,
    billing_account_id   VARCHAR(255) NOT NULL,
    billing_period_start DATETIME     NOT NULL,
    billing_period_end   DATETIME     NOT NULL,
    PRIMARY KEY (import_batch_id, provider_name, billing_account_id, billing_period_start, billing_period_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

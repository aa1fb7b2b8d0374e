-- Allocation: the rules admins publish (every edit a new version, earlier versions kept), the usage telemetry
-- that proportional rules split by, and per billing period the runs of the allocate job with every allocated
-- part. Runs stay in history when a period is re-run (restated); allocated parts keep the dimensions reports
-- need, since a restated bill deletes the cost lines they came from.
CREATE TABLE allocation_rule (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_id        BIGINT       NOT NULL,
    version        INT          NOT NULL,
    name           VARCHAR(255) NOT NULL,
    stage          VARCHAR(16)  NOT NULL,
    priority       INT          NOT NULL,
    method         VARCHAR(32)  NOT NULL,
    match_json     TEXT         NOT NULL,
    targets_json   TEXT         NOT NULL,
    metric         VARCHAR(64)  NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE         NULL,
    published_at   DATETIME(6)  NOT NULL,
    published_by   VARCHAR(255) NULL,
    -- When a newer version (or a deletion) replaced this one: the rule set at an instant is every version
    -- published by then and not yet replaced.
    replaced_at    DATETIME(6)  NULL,
    CONSTRAINT uq_allocation_rule_version UNIQUE (rule_id, version),
    INDEX ix_allocation_rule_current (replaced_at, stage, priority)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE usage_metric (
    usage_date       DATE           NOT NULL,
    metric           VARCHAR(64)    NOT NULL,
    cost_center_code VARCHAR(64)    NOT NULL,
    quantity         DECIMAL(38,12) NOT NULL,
    source           VARCHAR(255)   NULL,
    PRIMARY KEY (usage_date, metric, cost_center_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE allocation_run (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    billing_period_start DATE         NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    job_execution_id     BIGINT       NULL,
    rules_as_of          DATETIME(6)  NOT NULL,
    rules_json           MEDIUMTEXT   NOT NULL,
    started_at           DATETIME(6)  NOT NULL,
    completed_at         DATETIME(6)  NULL,
    superseded_by_run_id BIGINT       NULL,
    source_lines         BIGINT       NULL,
    failure              VARCHAR(2048) NULL,
    INDEX ix_allocation_run_period (billing_period_start, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per part of a cost line placed on a cost center: BilledCost and EffectiveCost split by the same
-- ratio, each rounded so that a line's parts add up to it exactly.
CREATE TABLE allocated_cost (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id             BIGINT         NOT NULL,
    cost_line_id       BIGINT         NOT NULL,
    cost_center_code   VARCHAR(64)    NOT NULL,
    stage              VARCHAR(16)    NOT NULL,
    method             VARCHAR(32)    NOT NULL,
    rule_id            BIGINT         NULL,
    rule_version       INT            NULL,
    ratio              DECIMAL(24,18) NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    charge_date        DATE           NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    sub_account_id     VARCHAR(255)   NULL,
    service_name       VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NULL,
    CONSTRAINT fk_allocated_cost_run FOREIGN KEY (run_id) REFERENCES allocation_run (id),
    INDEX ix_allocated_cost_run_center (run_id, cost_center_code),
    INDEX ix_allocated_cost_run_line (run_id, cost_line_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cost lines the direct stage left to the shared pools, for the shared stage to take up.
CREATE TABLE allocation_shared_line (
    run_id       BIGINT NOT NULL,
    cost_line_id BIGINT NOT NULL,
    PRIMARY KEY (run_id, cost_line_id)
) ENGINE = InnoDB;

-- What a completed run allocated, per billing currency: the source lines' totals at the time.
CREATE TABLE allocation_run_total (
    run_id           BIGINT         NOT NULL,
    billing_currency CHAR(3)        NOT NULL,
    source_lines     BIGINT         NOT NULL,
    billed_cost      DECIMAL(48,30) NOT NULL,
    effective_cost   DECIMAL(48,30) NOT NULL,
    PRIMARY KEY (run_id, billing_currency),
    CONSTRAINT fk_allocation_run_total_run FOREIGN KEY (run_id) REFERENCES allocation_run (id)
) ENGINE = InnoDB;

-- The allocate job reads a period's cost lines in pages by id: without this each page would sort the period.
CREATE INDEX ix_cost_line_period_id ON cost_line (billing_period_start, id);

-- What the chunks of a run have written, summed in their own transactions: the shared stage reads its direct
-- totals and the completion its check from here instead of re-reading every part.
CREATE TABLE allocation_progress (
    run_id           BIGINT         NOT NULL,
    billing_currency CHAR(3)        NOT NULL,
    source_lines     BIGINT         NOT NULL,
    billed_cost      DECIMAL(48,30) NOT NULL,
    effective_cost   DECIMAL(48,30) NOT NULL,
    PRIMARY KEY (run_id, billing_currency)
) ENGINE = InnoDB;

CREATE TABLE allocation_direct_total (
    run_id           BIGINT         NOT NULL,
    charge_month     CHAR(7)        NOT NULL,
    cost_center_code VARCHAR(64)    NOT NULL,
    billing_currency CHAR(3)        NOT NULL,
    billed_cost      DECIMAL(48,30) NOT NULL,
    effective_cost   DECIMAL(48,30) NOT NULL,
    PRIMARY KEY (run_id, charge_month, cost_center_code, billing_currency)
) ENGINE = InnoDB;

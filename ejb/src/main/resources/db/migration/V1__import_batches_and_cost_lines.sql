-- Bill imports: one import_batch per uploaded file, its rejected rows, its totals per billing currency,
-- and the FOCUS-aligned cost lines it produced.
-- Amounts are DECIMAL(48,30): 18 integer digits and 30 decimals, so source precision is kept
-- (samples carry up to 14 decimals, Azure amortized exports more than 20). See docs/ROUNDING.md.

CREATE TABLE id_generator (
    name       VARCHAR(64) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_generator (name, next_value) VALUES ('import_batch', 0), ('import_rejection', 0), ('cost_line', 0);

CREATE TABLE import_batch (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    file_name             VARCHAR(512) NOT NULL,
    file_size             BIGINT       NOT NULL,
    sha256                CHAR(64)     NOT NULL,
    -- Holds sha256 while the batch counts as the import of that content; NULL for duplicates and
    -- for rejected or abandoned batches. The unique key makes duplicate detection race-free.
    sha256_claim          CHAR(64)     NULL,
    format                VARCHAR(32)  NULL,
    format_version        VARCHAR(16)  NULL,
    status                VARCHAR(16)  NOT NULL,
    rows_read             BIGINT       NOT NULL DEFAULT 0,
    rows_imported         BIGINT       NOT NULL DEFAULT 0,
    rows_rejected         BIGINT       NOT NULL DEFAULT 0,
    max_rejections        INT          NOT NULL DEFAULT 0,
    duplicate_of_batch_id BIGINT       NULL,
    job_execution_id      BIGINT       NULL,
    staged_file           VARCHAR(1024) NULL,
    failure_reason        TEXT         NULL,
    submitted_by          VARCHAR(255) NOT NULL,
    submitted_at          DATETIME(3)  NOT NULL,
    started_at            DATETIME(3)  NULL,
    finished_at           DATETIME(3)  NULL,
    CONSTRAINT uq_import_batch_sha256_claim UNIQUE (sha256_claim),
    CONSTRAINT fk_import_batch_duplicate_of FOREIGN KEY (duplicate_of_batch_id) REFERENCES import_batch (id),
    INDEX ix_import_batch_sha256 (sha256),
    INDEX ix_import_batch_submitted_at (submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_batch_total (
    import_batch_id  BIGINT         NOT NULL,
    billing_currency CHAR(3)        NOT NULL,
    row_count        BIGINT         NOT NULL,
    billed_cost      DECIMAL(48,30) NOT NULL,
    effective_cost   DECIMAL(48,30) NOT NULL,
    list_cost        DECIMAL(48,30) NOT NULL,
    contracted_cost  DECIMAL(48,30) NOT NULL,
    PRIMARY KEY (import_batch_id, billing_currency),
    CONSTRAINT fk_import_batch_total_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_batch_period (
    import_batch_id      BIGINT   NOT NULL,
    billing_period_start DATETIME NOT NULL,
    billing_period_end   DATETIME NOT NULL,
    PRIMARY KEY (import_batch_id, billing_period_start, billing_period_end),
    CONSTRAINT fk_import_batch_period_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_rejection (
    id              BIGINT        NOT NULL PRIMARY KEY,
    import_batch_id BIGINT        NOT NULL,
    line_number     BIGINT        NOT NULL,
    column_name     VARCHAR(128)  NULL,
    value           VARCHAR(1024) NULL,
    reason          VARCHAR(1024) NOT NULL,
    CONSTRAINT fk_import_rejection_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id) ON DELETE CASCADE,
    INDEX ix_import_rejection_batch_line (import_batch_id, line_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cost_line (
    id                           BIGINT         NOT NULL PRIMARY KEY,
    import_batch_id              BIGINT         NOT NULL,
    source_line                  BIGINT         NOT NULL,
    -- FOCUS mandatory columns
    billed_cost                  DECIMAL(48,30) NOT NULL,
    billing_account_id           VARCHAR(255)   NOT NULL,
    billing_account_name         VARCHAR(255)   NULL,
    billing_currency             CHAR(3)        NOT NULL,
    billing_period_start         DATETIME       NOT NULL,
    billing_period_end           DATETIME       NOT NULL,
    charge_category              VARCHAR(16)    NOT NULL,
    charge_class                 VARCHAR(16)    NULL,
    charge_description           VARCHAR(2048)  NULL,
    charge_period_start          DATETIME       NOT NULL,
    charge_period_end            DATETIME       NOT NULL,
    contracted_cost              DECIMAL(48,30) NULL,
    effective_cost               DECIMAL(48,30) NOT NULL,
    invoice_issuer_name          VARCHAR(255)   NOT NULL,
    list_cost                    DECIMAL(48,30) NULL,
    pricing_quantity             DECIMAL(48,30) NULL,
    pricing_unit                 VARCHAR(255)   NULL,
    provider_name                VARCHAR(255)   NOT NULL,
    publisher_name               VARCHAR(255)   NULL,
    service_category             VARCHAR(64)    NOT NULL,
    service_name                 VARCHAR(255)   NOT NULL,
    -- FOCUS conditional and recommended columns Apportion uses
    charge_frequency             VARCHAR(16)    NULL,
    sub_account_id               VARCHAR(255)   NULL,
    sub_account_name             VARCHAR(255)   NULL,
    region_id                    VARCHAR(64)    NULL,
    region_name                  VARCHAR(128)   NULL,
    availability_zone            VARCHAR(64)    NULL,
    resource_id                  VARCHAR(1024)  NULL,
    resource_name                VARCHAR(512)   NULL,
    resource_type                VARCHAR(255)   NULL,
    sku_id                       VARCHAR(255)   NULL,
    sku_price_id                 VARCHAR(255)   NULL,
    pricing_category             VARCHAR(16)    NULL,
    list_unit_price              DECIMAL(48,30) NULL,
    contracted_unit_price        DECIMAL(48,30) NULL,
    consumed_quantity            DECIMAL(48,30) NULL,
    consumed_unit                VARCHAR(255)   NULL,
    commitment_discount_id       VARCHAR(512)   NULL,
    commitment_discount_name     VARCHAR(255)   NULL,
    commitment_discount_category VARCHAR(16)    NULL,
    commitment_discount_type     VARCHAR(255)   NULL,
    commitment_discount_status   VARCHAR(16)    NULL,
    tags                         JSON           NULL,
    provider_extras              JSON           NULL,
    CONSTRAINT uq_cost_line_batch_line UNIQUE (import_batch_id, source_line),
    CONSTRAINT fk_cost_line_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id),
    INDEX ix_cost_line_charge_period (charge_period_start),
    INDEX ix_cost_line_billing_period (billing_period_start, billing_currency)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

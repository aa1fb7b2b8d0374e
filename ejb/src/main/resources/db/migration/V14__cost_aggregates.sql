-- Cost aggregates: what dashboards, budgets, forecasts and anomaly detection read instead of the cost lines.
-- Derived data, rebuilt by org.apportion.costs.CostAggregates (delete + INSERT ... SELECT ... GROUP BY), never
-- edited. Every table keeps the billing period (first day of its month) it was built for, the billing
-- currency with BilledCost and EffectiveCost summed exactly, and the same in the reporting currency
-- (billed_rc, effective_rc: NULL where no exchange rate converts that currency on that day, listed in
-- cost_aggregate_missing_fx). Queries pick the smallest table that holds the dimensions they need
-- (AggregateTable); docs/BENCHMARKS.md has the sizes and timings behind the choice of tables and keys.

-- One row per charge day and combination of the cost lines' dimensions. sku_id is kept for LLM lines only
-- (ServiceCategory 'AI and Machine Learning' or category AI_LLM_API: there SkuId is the model); elsewhere SKUs
-- would multiply the rows for nothing a dashboard shows. Rebuilt per provider, billing account and period
-- (what a restated bill replaces), hence ix_cost_daily_scope. Clustered by day: queries read date ranges.
CREATE TABLE cost_daily (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    charge_date        DATE           NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    sub_account_id     VARCHAR(255)   NULL,
    service_category   VARCHAR(64)    NOT NULL,
    service_name       VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    region_id          VARCHAR(64)    NULL,
    sku_id             VARCHAR(255)   NULL,
    charge_category    VARCHAR(16)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (charge_date, id),
    KEY ix_cost_daily_id (id),
    KEY ix_cost_daily_scope (billing_period, provider_name, billing_account_id),
    KEY ix_cost_daily_sub_account (sub_account_id, charge_date),
    KEY ix_cost_daily_service (service_name, charge_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same dimensions per billing period (rolled up from cost_daily).
CREATE TABLE cost_monthly (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    sub_account_id     VARCHAR(255)   NULL,
    service_category   VARCHAR(64)    NOT NULL,
    service_name       VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    region_id          VARCHAR(64)    NULL,
    sku_id             VARCHAR(255)   NULL,
    charge_category    VARCHAR(16)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (billing_period, id),
    KEY ix_cost_monthly_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The company's daily series by provider, category and LLM model (rolled up from cost_daily): a few dozen
-- rows a day, what overview dashboards and monthly totals by category or provider read.
CREATE TABLE cost_overview_daily (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    charge_date        DATE           NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    sku_id             VARCHAR(255)   NULL,
    charge_category    VARCHAR(16)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (charge_date, id),
    KEY ix_cost_overview_daily_id (id),
    KEY ix_cost_overview_daily_period (billing_period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same per billing period (rolled up from cost_overview_daily): a hundred rows a month, what month totals by
-- category or provider over years read.
CREATE TABLE cost_overview_monthly (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    sku_id             VARCHAR(255)   NULL,
    charge_category    VARCHAR(16)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (billing_period, id),
    KEY ix_cost_overview_monthly_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Costs by the value of each tag key chosen in the installation setting costs.aggregate.tag-keys. Every cost
-- line counts once per key: lines without the key under tag_value NULL, so each key's rows add up to the
-- period's total. Keys are compared exactly (JSON keys are case-sensitive). A query names one key: keys lead.
CREATE TABLE cost_daily_tag (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    charge_date        DATE           NOT NULL,
    tag_key            VARCHAR(128)   COLLATE utf8mb4_bin NOT NULL,
    tag_value          VARCHAR(255)   NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (tag_key, charge_date, id),
    KEY ix_cost_daily_tag_id (id),
    KEY ix_cost_daily_tag_value (tag_key, tag_value, charge_date),
    KEY ix_cost_daily_tag_scope (billing_period, provider_name, billing_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cost_monthly_tag (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    tag_key            VARCHAR(128)   COLLATE utf8mb4_bin NOT NULL,
    tag_value          VARCHAR(255)   NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NOT NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (tag_key, billing_period, id),
    KEY ix_cost_monthly_tag_id (id),
    KEY ix_cost_monthly_tag_period (billing_period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the period's published allocation run placed on each cost center (allocated_cost of that run) by provider
-- and category, per day and (rolled up) per billing period; and per billing period with the billing account,
-- sub-account and service as well. line_count counts allocated parts.
CREATE TABLE cost_center_daily (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    charge_date        DATE           NOT NULL,
    cost_center_code   VARCHAR(64)    NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (charge_date, id),
    KEY ix_cost_center_daily_id (id),
    KEY ix_cost_center_daily_center (cost_center_code, charge_date),
    KEY ix_cost_center_daily_period (billing_period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cost_center_monthly (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    cost_center_code   VARCHAR(64)    NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (billing_period, id),
    KEY ix_cost_center_monthly_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cost_center_service_monthly (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    billing_period     DATE           NOT NULL,
    cost_center_code   VARCHAR(64)    NOT NULL,
    provider_name      VARCHAR(255)   NOT NULL,
    billing_account_id VARCHAR(255)   NOT NULL,
    sub_account_id     VARCHAR(255)   NULL,
    service_name       VARCHAR(255)   NOT NULL,
    category           VARCHAR(32)    NULL,
    billing_currency   CHAR(3)        NOT NULL,
    billed_cost        DECIMAL(48,30) NOT NULL,
    effective_cost     DECIMAL(48,30) NOT NULL,
    billed_rc          DECIMAL(48,30) NULL,
    effective_rc       DECIMAL(48,30) NULL,
    line_count         BIGINT         NOT NULL,
    PRIMARY KEY (billing_period, id),
    KEY ix_cost_center_service_monthly_id (id),
    KEY ix_cost_center_service_monthly_center (cost_center_code, billing_period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per aggregated billing period: when and with which settings it was built. Refreshes of a period
-- lock its row first, so two never interleave.
CREATE TABLE cost_aggregate_period (
    billing_period           DATE          NOT NULL PRIMARY KEY,
    reporting_currency       CHAR(3)       NOT NULL,
    tag_keys                 VARCHAR(2048) NOT NULL,
    cost_lines               BIGINT        NOT NULL DEFAULT 0,
    lines_refreshed_at       DATETIME(3)   NULL,
    allocation_run_id        BIGINT        NULL,
    cost_centers_refreshed_at DATETIME(3)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The billing currencies and days of a period that no exchange rate converts to the reporting currency.
CREATE TABLE cost_aggregate_missing_fx (
    billing_period   DATE    NOT NULL,
    billing_currency CHAR(3) NOT NULL,
    charge_date      DATE    NOT NULL,
    PRIMARY KEY (billing_period, billing_currency, charge_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

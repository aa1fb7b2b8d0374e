-- Exchange rates: one rate per day and currency pair (1 unit of from_currency = rate units of
-- to_currency). A conversion takes the latest rate on or before the charge date (FxConverter). Rates keep
-- 20 decimals: a rate that would need rounding to fit is refused, never rounded.
CREATE TABLE fx_rate (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rate_date     DATE           NOT NULL,
    from_currency CHAR(3)        NOT NULL,
    to_currency   CHAR(3)        NOT NULL,
    rate          DECIMAL(38,20) NOT NULL,
    source        VARCHAR(255)   NOT NULL,
    CONSTRAINT uq_fx_rate_day_pair UNIQUE (rate_date, from_currency, to_currency),
    CONSTRAINT ck_fx_rate_positive CHECK (rate > 0),
    INDEX ix_fx_rate_pair (from_currency, to_currency, rate_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Installation-wide settings, one row per name.
CREATE TABLE installation_setting (
    name       VARCHAR(64)   NOT NULL PRIMARY KEY,
    value      VARCHAR(1024) NOT NULL,
    updated_at DATETIME(3)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The currency reports and allocations are shown in.
INSERT INTO installation_setting (name, value, updated_at) VALUES ('reporting.currency', 'USD', UTC_TIMESTAMP(3));

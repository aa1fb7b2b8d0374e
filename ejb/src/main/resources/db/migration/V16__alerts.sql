-- Alerts: what was raised (budget thresholds, forecasts over budget, anomalies, month-over-month variance),
-- where alerts go (channels), who wants which (per-user preferences) and how each delivery went.
-- The unique key (alert_type, subject, period, level) makes raising the same alert twice a no-op, also when
-- two nightly jobs raise it at the same moment: the second insert waits for the first and then fails.
CREATE TABLE alert (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alert_type VARCHAR(32)    NOT NULL,
    subject    VARCHAR(190)   NOT NULL,
    period     VARCHAR(32)    NOT NULL,
    level      VARCHAR(16)    NOT NULL,
    title      VARCHAR(255)   NOT NULL,
    message    TEXT           NOT NULL,
    -- What was observed or projected and the limit it is measured against, exact, in one currency.
    amount     DECIMAL(48,30) NULL,
    threshold  DECIMAL(48,30) NULL,
    currency   CHAR(3)        NULL,
    raised_at  DATETIME(6)    NOT NULL,
    CONSTRAINT uq_alert_once UNIQUE (alert_type, subject, period, level),
    INDEX ix_alert_history (raised_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A destination: EMAIL (recipients), SLACK (incoming webhook URL), WEBHOOK (URL and HMAC secret).
-- alert_types is a comma-separated list of the types it receives; NULL for every type.
CREATE TABLE alert_channel (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    alert_types VARCHAR(255)  NULL,
    recipients  VARCHAR(2000) NULL,
    url         VARCHAR(2000) NULL,
    secret      VARCHAR(255)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_alert_channel_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One delivery per alert and channel. The channel's name and kind are copied so history still reads well
-- after a channel is deleted (channel_id then becomes NULL).
CREATE TABLE alert_delivery (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    alert_id     BIGINT        NOT NULL,
    channel_id   BIGINT        NULL,
    channel_name VARCHAR(100)  NOT NULL,
    channel_kind VARCHAR(16)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    detail       VARCHAR(1000) NULL,
    attempted_at DATETIME(6)   NULL,
    CONSTRAINT fk_alert_delivery_alert FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE,
    CONSTRAINT fk_alert_delivery_channel FOREIGN KEY (channel_id) REFERENCES alert_channel (id) ON DELETE SET NULL,
    CONSTRAINT uq_alert_delivery UNIQUE (alert_id, channel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's choice for one alert type on one channel: enabled adds the user's e-mail address to an EMAIL
-- channel's recipients for that type, disabled keeps the address off even when the channel lists it.
CREATE TABLE user_channel_preference (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_name  VARCHAR(100) NOT NULL,
    email      VARCHAR(320) NULL,
    alert_type VARCHAR(32)  NOT NULL,
    channel_id BIGINT       NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_preference_channel FOREIGN KEY (channel_id) REFERENCES alert_channel (id) ON DELETE CASCADE,
    CONSTRAINT uq_user_channel_preference UNIQUE (user_name, alert_type, channel_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

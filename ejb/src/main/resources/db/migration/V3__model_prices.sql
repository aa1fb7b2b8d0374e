-- LLM token prices per model, in the provider's currency per million tokens, valid [effective_from,
-- effective_to). A price change closes the old row and opens a new one, so usage is priced at its date.

INSERT INTO id_generator (name, next_value) VALUES ('model_price', 0);

CREATE TABLE model_price (
    id                     BIGINT         NOT NULL PRIMARY KEY,
    provider               VARCHAR(64)    NOT NULL,
    model                  VARCHAR(255)   NOT NULL,
    currency               CHAR(3)        NOT NULL,
    input_per_mtok         DECIMAL(20,10) NOT NULL,
    output_per_mtok        DECIMAL(20,10) NOT NULL,
    cached_input_per_mtok  DECIMAL(20,10) NULL,
    cache_write_per_mtok   DECIMAL(20,10) NULL,
    batch_input_per_mtok   DECIMAL(20,10) NULL,
    batch_output_per_mtok  DECIMAL(20,10) NULL,
    effective_from         DATE           NOT NULL,
    effective_to           DATE           NULL,
    source                 VARCHAR(255)   NOT NULL,
    CONSTRAINT uq_model_price_from UNIQUE (provider, model, effective_from),
    INDEX ix_model_price_lookup (provider, model, effective_from, effective_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

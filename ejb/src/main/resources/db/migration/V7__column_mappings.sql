-- Saved, named column mappings for bills in no provider format (SaaS invoices, hosting, speech APIs):
-- which source column or constant feeds each FOCUS column. An import through a mapping keeps a copy of
-- the mapping as it was, so a restart or a later edit of the mapping cannot change what the batch meant.
CREATE TABLE column_mapping (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(128)  NOT NULL,
    description VARCHAR(1024) NULL,
    definition  TEXT          NOT NULL,
    updated_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uq_column_mapping_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE import_batch
    ADD COLUMN column_mapping            VARCHAR(128) NULL AFTER format_version,
    ADD COLUMN column_mapping_definition TEXT         NULL AFTER column_mapping;

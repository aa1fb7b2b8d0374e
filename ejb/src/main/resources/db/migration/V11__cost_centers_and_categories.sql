-- The cost model: cost centers (a hierarchy of any depth, parent by code) and Apportion's fixed cost
-- categories with the rules that put each cost line in one of them.

-- Codes are stable business keys (other tables and reports name cost centers by code), so the parent is
-- referenced by code. active_to is the last active day (inclusive), NULL for open-ended.
CREATE TABLE cost_center (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(255)  NOT NULL,
    parent_code VARCHAR(64)   NULL,
    owner       VARCHAR(255)  NULL,
    active_from DATE          NOT NULL,
    active_to   DATE          NULL,
    description VARCHAR(1024) NULL,
    CONSTRAINT uq_cost_center_code UNIQUE (code),
    CONSTRAINT fk_cost_center_parent FOREIGN KEY (parent_code) REFERENCES cost_center (code),
    CONSTRAINT ck_cost_center_active CHECK (active_to IS NULL OR active_to >= active_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where costs land that no allocation assigns: always present, a root, never deleted (CostCenterService).
INSERT INTO cost_center (code, name, parent_code, owner, active_from, active_to, description)
VALUES ('UNALLOCATED', 'Unallocated', NULL, NULL, '2000-01-01', NULL,
        'Costs that no allocation rule assigns to a cost center.');

-- The fixed list of categories (org.apportion.costmodel.CostCategory holds the same codes).
CREATE TABLE cost_category (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    sort_order INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cost_category (code, name, sort_order) VALUES
    ('COMPUTE', 'Infrastructure and compute', 1),
    ('STORAGE', 'Storage', 2),
    ('NETWORKING', 'Networking', 3),
    ('DATABASES', 'Databases', 4),
    ('AI_LLM_API', 'AI and LLM APIs', 5),
    ('SAAS_LICENSES', 'SaaS and licenses', 6),
    ('SUPPORT', 'Support', 7),
    ('SECURITY_COMPLIANCE', 'Security and compliance', 8),
    ('TAX', 'Tax', 9),
    ('OTHER', 'Other', 10);

-- A rule matches a cost line when every criterion it names matches (case-insensitively; '*' is a
-- wildcard). Rules are tried by ascending priority, then id; the first match wins.
CREATE TABLE category_rule (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    priority         INT           NOT NULL,
    category_code    VARCHAR(32)   NOT NULL,
    service_category VARCHAR(255)  NULL,
    service_name     VARCHAR(255)  NULL,
    provider_name    VARCHAR(255)  NULL,
    sku_id           VARCHAR(255)  NULL,
    charge_category  VARCHAR(255)  NULL,
    description      VARCHAR(1024) NULL,
    CONSTRAINT fk_category_rule_category FOREIGN KEY (category_code) REFERENCES cost_category (code),
    CONSTRAINT ck_category_rule_criteria CHECK (service_category IS NOT NULL OR service_name IS NOT NULL
        OR provider_name IS NOT NULL OR sku_id IS NOT NULL OR charge_category IS NOT NULL),
    INDEX ix_category_rule_order (priority, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Defaults: support plans and the LLM providers first, then one rule per FOCUS 1.0-1.2 ServiceCategory
-- value, so every cost line has a category. "Infrastructure and compute" takes the infrastructure services
-- FOCUS files elsewhere (integration, web, monitoring, ...). Tax lines need no rule (CategoryResolver).
INSERT INTO category_rule (priority, category_code, service_category, service_name, provider_name, description) VALUES
    (100, 'SUPPORT', NULL, '*Support*', NULL, 'Provider support plans (AWS Support, Azure support, ...)'),
    (200, 'AI_LLM_API', NULL, NULL, 'OpenAI', 'OpenAI API usage'),
    (210, 'AI_LLM_API', NULL, NULL, 'Anthropic', 'Anthropic API usage'),
    (1000, 'AI_LLM_API', 'AI and Machine Learning', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1010, 'DATABASES', 'Analytics', NULL, NULL, 'FOCUS ServiceCategory default (data warehouses, query engines)'),
    (1020, 'SAAS_LICENSES', 'Business Applications', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1030, 'COMPUTE', 'Compute', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1040, 'DATABASES', 'Databases', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1050, 'COMPUTE', 'Developer Tools', NULL, NULL, 'FOCUS ServiceCategory default (build minutes, pipelines)'),
    (1060, 'COMPUTE', 'Multicloud', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1070, 'SECURITY_COMPLIANCE', 'Identity', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1080, 'COMPUTE', 'Integration', NULL, NULL, 'FOCUS ServiceCategory default (queues, messaging)'),
    (1090, 'COMPUTE', 'Internet of Things', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1100, 'COMPUTE', 'Management and Governance', NULL, NULL, 'FOCUS ServiceCategory default (monitoring, logging)'),
    (1110, 'COMPUTE', 'Media', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1120, 'COMPUTE', 'Migration', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1130, 'COMPUTE', 'Mobile', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1140, 'NETWORKING', 'Networking', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1150, 'SECURITY_COMPLIANCE', 'Security', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1160, 'STORAGE', 'Storage', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1170, 'COMPUTE', 'Web', NULL, NULL, 'FOCUS ServiceCategory default'),
    (1180, 'OTHER', 'Other', NULL, NULL, 'FOCUS ServiceCategory default');

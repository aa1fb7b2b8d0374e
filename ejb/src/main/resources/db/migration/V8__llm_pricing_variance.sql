-- LLM usage and cost reports: what the model price registry says a line costs, and the provider's billed
-- cost minus that, where a line has both. Null for every other line.
ALTER TABLE cost_line
    ADD COLUMN x_registry_cost  DECIMAL(48,30) NULL,
    ADD COLUMN x_price_variance DECIMAL(48,30) NULL;

-- Seed list prices (USD per million tokens) of common OpenAI, Anthropic and Google models, as Apportion's
-- developers knew them when seeding; long-context and regional surcharges are not modelled. Prices change:
-- correct them through /api/v1/pricing/models or load LiteLLM's price file (POST /api/v1/pricing/models/litellm).
INSERT INTO model_price (id, provider, model, currency, input_per_mtok, output_per_mtok, cached_input_per_mtok,
                         cache_write_per_mtok, batch_input_per_mtok, batch_output_per_mtok, effective_from, effective_to, source)
VALUES
    (1, 'openai', 'gpt-4o', 'USD', 2.50, 10.00, 1.25, NULL, 1.25, 5.00, '2025-01-01', NULL, 'seed: published list price'),
    (2, 'openai', 'gpt-4o-mini', 'USD', 0.15, 0.60, 0.075, NULL, 0.075, 0.30, '2025-01-01', NULL, 'seed: published list price'),
    (3, 'openai', 'gpt-4.1', 'USD', 2.00, 8.00, 0.50, NULL, 1.00, 4.00, '2025-01-01', NULL, 'seed: published list price'),
    (4, 'openai', 'gpt-4.1-mini', 'USD', 0.40, 1.60, 0.10, NULL, 0.20, 0.80, '2025-01-01', NULL, 'seed: published list price'),
    (5, 'openai', 'gpt-4.1-nano', 'USD', 0.10, 0.40, 0.025, NULL, 0.05, 0.20, '2025-01-01', NULL, 'seed: published list price'),
    (6, 'openai', 'gpt-5', 'USD', 1.25, 10.00, 0.125, NULL, 0.625, 5.00, '2025-01-01', NULL, 'seed: published list price'),
    (7, 'openai', 'gpt-5-mini', 'USD', 0.25, 2.00, 0.025, NULL, 0.125, 1.00, '2025-01-01', NULL, 'seed: published list price'),
    (8, 'openai', 'gpt-5-nano', 'USD', 0.05, 0.40, 0.005, NULL, 0.025, 0.20, '2025-01-01', NULL, 'seed: published list price'),
    (9, 'openai', 'o3', 'USD', 2.00, 8.00, 0.50, NULL, 1.00, 4.00, '2025-01-01', NULL, 'seed: published list price'),
    (10, 'openai', 'o4-mini', 'USD', 1.10, 4.40, 0.275, NULL, 0.55, 2.20, '2025-01-01', NULL, 'seed: published list price'),
    (11, 'openai', 'text-embedding-3-small', 'USD', 0.02, 0, NULL, NULL, 0.01, 0, '2025-01-01', NULL, 'seed: published list price'),
    (12, 'openai', 'text-embedding-3-large', 'USD', 0.13, 0, NULL, NULL, 0.065, 0, '2025-01-01', NULL, 'seed: published list price'),
    (13, 'anthropic', 'claude-opus-4-1', 'USD', 15.00, 75.00, 1.50, 18.75, 7.50, 37.50, '2025-01-01', NULL, 'seed: published list price'),
    (14, 'anthropic', 'claude-opus-4-5', 'USD', 5.00, 25.00, 0.50, 6.25, 2.50, 12.50, '2025-01-01', NULL, 'seed: published list price'),
    (15, 'anthropic', 'claude-sonnet-4-5', 'USD', 3.00, 15.00, 0.30, 3.75, 1.50, 7.50, '2025-01-01', NULL, 'seed: published list price'),
    (16, 'anthropic', 'claude-sonnet-4', 'USD', 3.00, 15.00, 0.30, 3.75, 1.50, 7.50, '2025-01-01', NULL, 'seed: published list price'),
    (17, 'anthropic', 'claude-3-7-sonnet', 'USD', 3.00, 15.00, 0.30, 3.75, 1.50, 7.50, '2025-01-01', NULL, 'seed: published list price'),
    (18, 'anthropic', 'claude-haiku-4-5', 'USD', 1.00, 5.00, 0.10, 1.25, 0.50, 2.50, '2025-01-01', NULL, 'seed: published list price'),
    (19, 'anthropic', 'claude-3-5-haiku', 'USD', 0.80, 4.00, 0.08, 1.00, 0.40, 2.00, '2025-01-01', NULL, 'seed: published list price'),
    (20, 'anthropic', 'claude-3-haiku', 'USD', 0.25, 1.25, 0.03, 0.30, 0.125, 0.625, '2025-01-01', NULL, 'seed: published list price'),
    (21, 'google', 'gemini-2.5-pro', 'USD', 1.25, 10.00, 0.125, NULL, 0.625, 5.00, '2025-01-01', NULL, 'seed: published list price'),
    (22, 'google', 'gemini-2.5-flash', 'USD', 0.30, 2.50, 0.03, NULL, 0.15, 1.25, '2025-01-01', NULL, 'seed: published list price'),
    (23, 'google', 'gemini-2.5-flash-lite', 'USD', 0.10, 0.40, 0.01, NULL, 0.05, 0.20, '2025-01-01', NULL, 'seed: published list price'),
    (24, 'google', 'gemini-2.0-flash', 'USD', 0.10, 0.40, 0.025, NULL, 0.05, 0.20, '2025-01-01', NULL, 'seed: published list price');
UPDATE id_generator SET next_value = 24 WHERE name = 'model_price';

package org.apportion.generator;

import java.util.ArrayList;
import java.util.List;
import org.apportion.generator.FictionalCompany.Team;

/**
 * The company's LLM workloads: OpenAI projects and Anthropic workspaces of its teams, their API keys, the models
 * they call (shifting to newer ones over the months) and their typical daily token volumes. Model names are
 * dated snapshots of models the price registry seeds.
 */
final class LlmWorkloads {

    enum Vendor { OPENAI, ANTHROPIC }

    /** A model's share of a workload's tokens in per mille, at the first and at the last month (linear between). */
    record ModelShare(String model, int firstPerMille, int lastPerMille) {

        int perMille(int monthIndex, int months) {
            return months <= 1 ? lastPerMille
                    : firstPerMille + (lastPerMille - firstPerMille) * monthIndex / (months - 1);
        }
    }

    /**
     * An OpenAI project or Anthropic workspace ({@code id} null: Anthropic's default workspace). Per mille of its
     * input tokens: output, cache reads, cache writes, batch, long context (over 200k tokens); a request's typical
     * prompt size; web searches per thousand requests.
     */
    record Workload(int index, Vendor vendor, String id, String name, Team team, boolean production,
                    List<String> apiKeyIds, long dailyInputTokens, int outputPerMille, int cachedPerMille,
                    int cacheWritePerMille, int batchPerMille, int longContextPerMille, int promptTokens,
                    int webSearchesPerThousandRequests, List<ModelShare> models) {
    }

    private final List<Workload> workloads = new ArrayList<>();

    LlmWorkloads(FictionalCompany company) {
        openAi(company.team("customer-support"), "support-assistant", true, 2, 60_000_000L, 150, 450, 0, 0, 3000,
                share("gpt-4o-mini-2024-07-18", 600, 100), share("gpt-4o-2024-08-06", 400, 0),
                share("gpt-4.1-mini-2025-04-14", 0, 500), share("gpt-5-mini-2025-08-07", 0, 400));
        openAi(company.team("catalog"), "catalog-enrichment", true, 1, 25_000_000L, 300, 100, 0, 600, 1500,
                share("gpt-4o-2024-08-06", 700, 0), share("gpt-4.1-2025-04-14", 300, 500),
                share("gpt-5-2025-08-07", 0, 500));
        openAi(company.team("search"), "search-query-rewrite", true, 2, 15_000_000L, 80, 600, 0, 0, 400,
                share("gpt-4o-mini-2024-07-18", 1000, 300), share("gpt-4.1-nano-2025-04-14", 0, 700));
        openAi(company.team("ml-forecasting"), "demand-forecasting-lab", false, 3, 4_000_000L, 250, 200, 0, 0, 6000,
                share("o4-mini-2025-04-16", 600, 300), share("o3-2025-04-16", 400, 500),
                share("gpt-5-2025-08-07", 0, 200));
        openAi(company.team("platform"), "engineering-playground", false, 3, 2_000_000L, 200, 300, 0, 0, 2500,
                share("gpt-4o-2024-08-06", 500, 100), share("gpt-4.1-2025-04-14", 500, 300),
                share("gpt-5-2025-08-07", 0, 600));
        anthropic(company.team("platform"), null, "Default", false, 1, 1_000_000L, 150, 0, 0, 0, 0, 1200, 0,
                share("claude-3-5-haiku-20241022", 1000, 300), share("claude-haiku-4-5-20251001", 0, 700));
        anthropic(company.team("web-storefront"), "wrkspc_", "storefront-assistant", true, 2, 30_000_000L, 120, 550,
                80, 0, 0, 4000, 50,
                share("claude-sonnet-4-20250514", 700, 0), share("claude-sonnet-4-5-20250929", 0, 800),
                share("claude-3-5-haiku-20241022", 300, 0), share("claude-haiku-4-5-20251001", 0, 200));
        anthropic(company.team("erp-integration"), "wrkspc_", "document-extraction", true, 1, 12_000_000L, 200, 300,
                50, 500, 0, 8000, 0,
                share("claude-3-7-sonnet-20250219", 800, 0), share("claude-sonnet-4-5-20250929", 200, 1000));
        anthropic(company.team("platform"), "wrkspc_", "engineering-agents", false, 3, 20_000_000L, 60, 750, 100, 0,
                200, 12000, 0,
                share("claude-opus-4-1-20250805", 300, 0), share("claude-opus-4-5-20251101", 0, 300),
                share("claude-sonnet-4-20250514", 700, 0), share("claude-sonnet-4-5-20250929", 0, 700));
    }

    List<Workload> of(Vendor vendor) {
        return workloads.stream().filter(w -> w.vendor() == vendor).toList();
    }

    private void openAi(Team team, String name, boolean production, int keys, long daily, int output, int cached,
                        int cacheWrite, int batch, int prompt, ModelShare... models) {
        String id = "proj_" + Mixing.alphanumeric(name.hashCode(), 24);
        add(new Workload(workloads.size(), Vendor.OPENAI, id, name, team, production, keys(name, "key_", 16, keys),
                daily, output, cached, cacheWrite, batch, 0, prompt, 0, List.of(models)));
    }

    private void anthropic(Team team, String idPrefix, String name, boolean production, int keys, long daily,
                           int output, int cached, int cacheWrite, int batch, int longContext, int prompt,
                           int webSearches, ModelShare... models) {
        String id = idPrefix == null ? null : idPrefix + "01" + Mixing.alphanumeric(name.hashCode(), 22);
        add(new Workload(workloads.size(), Vendor.ANTHROPIC, id, name, team, production,
                keys(name, "apikey_01", 22, keys), daily, output, cached, cacheWrite, batch, longContext, prompt,
                webSearches, List.of(models)));
    }

    private void add(Workload workload) {
        workloads.add(workload);
    }

    private static List<String> keys(String workload, String prefix, int length, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(prefix + Mixing.alphanumeric(workload.hashCode() * 31L + i + 1, length));
        }
        return List.copyOf(keys);
    }

    private static ModelShare share(String model, int firstPerMille, int lastPerMille) {
        return new ModelShare(model, firstPerMille, lastPerMille);
    }
}

package org.apportion.generator;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated LLM usage report adds up to: its result records and, per model, the token counts it holds.
 * {@code inputTokens} counts every input token, cached and cache writes included (as OpenAI's
 * {@code input_tokens} does; for Anthropic the sum of uncached, cache-read and cache-creation tokens).
 */
public record TokenTotals(long results, Map<String, Tokens> byModel) {

    public TokenTotals {
        byModel = Map.copyOf(byModel);
    }

    /** Token counts of one model, or of all. Requests are counted where the report has them (OpenAI). */
    public record Tokens(long requests, long inputTokens, long cachedInputTokens, long cacheWriteInputTokens,
                         long outputTokens) {

        public static final Tokens NONE = new Tokens(0, 0, 0, 0, 0);

        Tokens plus(Tokens other) {
            return new Tokens(requests + other.requests, inputTokens + other.inputTokens,
                    cachedInputTokens + other.cachedInputTokens, cacheWriteInputTokens + other.cacheWriteInputTokens,
                    outputTokens + other.outputTokens);
        }
    }

    public Tokens total() {
        return byModel.values().stream().reduce(Tokens.NONE, Tokens::plus);
    }

    /** Sums result by result while a report is written. */
    static final class Counter {
        private final Map<String, Tokens> byModel = new TreeMap<>();
        private long results;

        void add(String model, Tokens tokens) {
            results++;
            byModel.merge(model, tokens, Tokens::plus);
        }

        TokenTotals totals() {
            return new TokenTotals(results, byModel);
        }
    }

    @Override
    public String toString() {
        Tokens total = total();
        return results + " results, " + total.inputTokens() + " input and " + total.outputTokens()
                + " output tokens over " + byModel.size() + " models";
    }
}

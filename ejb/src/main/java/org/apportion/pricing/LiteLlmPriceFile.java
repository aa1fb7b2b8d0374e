package org.apportion.pricing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json}: an object keyed by model, each with
 * {@code litellm_provider} and per-token costs. Per-token costs become per-million prices exactly (the
 * JSON number's decimal text, moved six places). Entries without input and output token costs, and the
 * {@code sample_spec} entry, are passed over.
 */
public final class LiteLlmPriceFile {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** One model's prices as the file states them. */
    public record Entry(String provider, String model, TokenPrices prices) {
    }

    private LiteLlmPriceFile() {
    }

    public static List<Entry> read(Reader json) {
        JsonObject file;
        try (JsonReader reader = Json.createReader(json)) {
            file = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("Not a LiteLLM price file (a JSON object keyed by model): "
                    + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonValue> model : file.entrySet()) {
            if (!model.getKey().equals("sample_spec") && model.getValue() instanceof JsonObject spec
                    && spec.get("input_cost_per_token") instanceof JsonNumber
                    && spec.get("output_cost_per_token") instanceof JsonNumber) {
                entries.add(entry(model.getKey(), spec));
            }
        }
        return entries;
    }

    private static Entry entry(String key, JsonObject spec) {
        String provider = spec.getString("litellm_provider", "unknown").toLowerCase(Locale.ROOT);
        // LiteLLM keys some models as "<provider>/<model>"; the registry keeps the bare model name.
        String model = key.startsWith(provider + "/") ? key.substring(provider.length() + 1) : key;
        TokenPrices prices = new TokenPrices("USD", perMillion(spec, "input_cost_per_token"),
                perMillion(spec, "output_cost_per_token"), perMillion(spec, "cache_read_input_token_cost"),
                perMillion(spec, "cache_creation_input_token_cost"), perMillion(spec, "input_cost_per_token_batches"),
                perMillion(spec, "output_cost_per_token_batches"));
        return new Entry(provider, model, prices);
    }

    private static BigDecimal perMillion(JsonObject spec, String field) {
        return spec.get(field) instanceof JsonNumber number
                ? number.bigDecimalValue().multiply(MILLION).stripTrailingZeros() : null;
    }
}

package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The LLM token price registry through /api/v1/pricing/models. */
class ModelPricesIT extends ApportionIT {

    @Test
    void isSeededWithListPricesOfCommonModels() throws Exception {
        JsonObject price = ApportionClient.json(
                api.get("/pricing/models/price-on?provider=anthropic&model=claude-sonnet-4-5&date=2025-10-01").body());

        assertThat(price.getString("inputPerMillion")).isEqualTo("3");
        assertThat(price.getString("outputPerMillion")).isEqualTo("15");
        assertThat(price.getString("cacheWritePerMillion")).isEqualTo("3.75");
        assertThat(price.getString("currency")).isEqualTo("USD");
        assertThat(ApportionClient.json(api.get("/pricing/models?provider=openai").body())
                .getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void createsUpdatesAndDeletesAPriceAndRefusesOverlaps() throws Exception {
        String body = """
                {"provider": "acme-ai", "model": "acme-large", "currency": "EUR", "inputPerMillion": "0.8",
                 "outputPerMillion": 3.2, "effectiveFrom": "2025-01-01", "effectiveTo": "2026-01-01"}""";
        HttpResponse<String> created = api.send("POST", "/pricing/models", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApportionClient.json(created.body()).getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + id));

        HttpResponse<String> overlapping = api.send("POST", "/pricing/models", body.replace("2025-01-01", "2025-06-01"));
        assertThat(overlapping.statusCode()).isEqualTo(409);

        HttpResponse<String> updated = api.send("PUT", "/pricing/models/" + id, body.replace("\"0.8\"", "\"0.75\""));
        assertThat(ApportionClient.json(updated.body()).getString("inputPerMillion")).isEqualTo("0.75");

        assertThat(api.send("DELETE", "/pricing/models/" + id, null).statusCode()).isEqualTo(204);
        assertThat(api.get("/pricing/models/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        HttpResponse<String> answer = api.send("POST", "/pricing/models", """
                {"provider": "acme-ai", "currency": "XYZ", "inputPerMillion": "-1", "outputPerMillion": "a lot",
                 "effectiveFrom": "01/01/2025"}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(answer.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("model", "inputPerMillion", "outputPerMillion", "effectiveFrom", "currency");
    }

    @Test
    void aLiteLlmPriceFileClosesChangedPricesAndAddsNewModels() throws Exception {
        TestDb.execute("DELETE FROM model_price WHERE source = 'LiteLLM'");
        TestDb.execute("UPDATE model_price SET effective_to = NULL WHERE provider = 'openai' AND model = 'gpt-4o-mini'");
        Path file = Path.of("target", "it-bills", "litellm.json");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, """
                {"sample_spec": {"input_cost_per_token": 0, "output_cost_per_token": 0, "litellm_provider": "x"},
                 "gpt-4o-mini": {"input_cost_per_token": 1.2e-07, "output_cost_per_token": 4.8e-07,
                                 "litellm_provider": "openai", "mode": "chat"},
                 "acme-tiny": {"input_cost_per_token": 1e-08, "output_cost_per_token": 2e-08,
                               "litellm_provider": "acme", "mode": "chat"}}""");

        HttpResponse<String> loaded = api.sendFile("POST", "/pricing/models/litellm?asOf=2026-02-01", file);

        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        JsonObject outcome = ApportionClient.json(loaded.body());
        assertThat(outcome.getInt("models")).isEqualTo(2);
        assertThat(outcome.getInt("added")).isEqualTo(1);
        assertThat(outcome.getInt("changed")).isEqualTo(1);
        JsonObject before = ApportionClient.json(
                api.get("/pricing/models/price-on?provider=openai&model=gpt-4o-mini&date=2026-01-31").body());
        JsonObject after = ApportionClient.json(
                api.get("/pricing/models/price-on?provider=openai&model=gpt-4o-mini&date=2026-02-01").body());
        assertThat(before.getString("inputPerMillion")).isEqualTo("0.15");
        assertThat(before.getString("effectiveTo")).isEqualTo("2026-02-01");
        assertThat(after.getString("inputPerMillion")).isEqualTo("0.12");
        assertThat(after.getString("source")).isEqualTo("LiteLLM");
    }
}

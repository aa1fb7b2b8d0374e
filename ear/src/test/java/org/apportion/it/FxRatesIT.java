package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Exchange rates, their CSV import and conversions through /api/v1/fx-rates; the reporting currency. */
class FxRatesIT extends ApportionIT {

    /** Other tests (the demo data) load rates of their own: start from none. */
    @BeforeEach
    void startFromNoRates() throws Exception {
        TestDb.execute("DELETE FROM fx_rate");
    }


    private HttpResponse<String> importCsv(String csv) throws Exception {
        return api.sendText("POST", "/fx-rates/import?source=ECB", "text/csv", csv);
    }

    private JsonObject convert(String query) throws Exception {
        HttpResponse<String> answer = api.get("/fx-rates/convert?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApportionClient.json(answer.body());
    }

    @Test
    void importsACsvAndConvertsAtTheChargeDate() throws Exception {
        HttpResponse<String> imported = importCsv("""
                date,from,to,rate
                2025-01-02,EUR,USD,1.0321
                2025-01-10,EUR,USD,1.0299
                2025-01-02,USD,JPY,157.2
                """);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(ApportionClient.json(imported.body()).getInt("added")).isEqualTo(3);
        JsonObject eurUsd = ApportionClient.json(api.get("/fx-rates?from=EUR&to=USD").body());
        assertThat(eurUsd.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(eurUsd.getJsonArray("items").getJsonObject(0).getString("rate")).isEqualTo("1.0299");
        assertThat(eurUsd.getJsonArray("items").getJsonObject(0).getString("source")).isEqualTo("ECB");

        JsonObject between = convert("amount=100.005&from=EUR&to=USD&date=2025-01-09");
        assertThat(between.getJsonObject("converted").getString("amount")).isEqualTo("103.2151605");
        assertThat(between.getJsonObject("converted").getString("currency")).isEqualTo("USD");
        assertThat(between.getJsonObject("source").getString("amount")).isEqualTo("100.005");
        assertThat(between.getString("rateDate")).isEqualTo("2025-01-02");

        JsonObject inverse = convert("amount=15720&from=JPY&to=USD&date=2025-03-01");
        assertThat(inverse.getJsonObject("converted").getString("amount")).isEqualTo("100");
        assertThat(inverse.getBoolean("inverse")).isTrue();

        HttpResponse<String> missing = api.get("/fx-rates/convert?amount=1&from=EUR&to=USD&date=2024-12-31");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApportionClient.json(missing.body()).getString("detail"))
                .isEqualTo("No FX rate from EUR to USD (nor from USD to EUR) on or before 2024-12-31");
    }

    @Test
    void aBadLineRefusesTheWholeFileNamingLineAndField() throws Exception {
        HttpResponse<String> refused = importCsv("""
                date,from,to,rate
                2025-02-03,GBP,CHF,1.1342
                2025-02-04,GBP,CHF,-1
                2025-02-05,GBP,SFR,1.13
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(ApportionClient.json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonNumber("line").longValue(), e -> e.getString("field"))
                .containsExactly(tuple(3L, "rate"), tuple(4L, "to"));
        assertThat(TestDb.count("SELECT COUNT(*) FROM fx_rate WHERE from_currency = 'GBP'")).isZero();
    }

    @Test
    void aSecondFileReplacesTheRatesOfTheSameDayAndPair() throws Exception {
        importCsv("date,from,to,rate\n2025-03-03,USD,CAD,1.43\n");

        HttpResponse<String> again = importCsv("date,from,to,rate,source\n2025-03-03,USD,CAD,1.4312345678901234567,BoC\n2025-03-04,USD,CAD,1.44,\n");

        JsonObject outcome = ApportionClient.json(again.body());
        assertThat(outcome.getInt("replaced")).isEqualTo(1);
        assertThat(outcome.getInt("added")).isEqualTo(1);
        JsonObject stored = ApportionClient.json(api.get("/fx-rates?from=USD&to=CAD&date=2025-03-03").body())
                .getJsonArray("items").getJsonObject(0);
        assertThat(stored.getString("rate")).isEqualTo("1.4312345678901234567");
        assertThat(stored.getString("source")).isEqualTo("BoC");
    }

    @Test
    void createsUpdatesAndDeletesARate() throws Exception {
        String body = "{\"date\": \"2025-04-01\", \"from\": \"SEK\", \"to\": \"NOK\", \"rate\": \"1.0112\"}";
        HttpResponse<String> created = api.send("POST", "/fx-rates", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApportionClient.json(created.body()).getJsonNumber("id").longValue();

        assertThat(api.send("POST", "/fx-rates", body).statusCode()).isEqualTo(409);
        HttpResponse<String> updated = api.send("PUT", "/fx-rates/" + id, body.replace("1.0112", "1.02"));
        assertThat(ApportionClient.json(updated.body()).getString("rate")).isEqualTo("1.02");
        HttpResponse<String> invalid = api.send("POST", "/fx-rates",
                "{\"date\": \"April\", \"from\": \"SEK\", \"to\": \"SEK\", \"rate\": \"0\"}");
        assertThat(ApportionClient.json(invalid.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("date", "to", "rate");

        assertThat(api.send("DELETE", "/fx-rates/" + id, null).statusCode()).isEqualTo(204);
        assertThat(api.get("/fx-rates/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theReportingCurrencyIsUsdUntilChanged() throws Exception {
        assertThat(ApportionClient.json(api.get("/settings/reporting-currency").body()).getString("currency")).isEqualTo("USD");

        HttpResponse<String> changed = api.send("PUT", "/settings/reporting-currency", "{\"currency\": \"EUR\"}");
        HttpResponse<String> refused = api.send("PUT", "/settings/reporting-currency", "{\"currency\": \"euro\"}");

        assertThat(ApportionClient.json(changed.body()).getString("currency")).isEqualTo("EUR");
        assertThat(ApportionClient.json(api.get("/settings/reporting-currency").body()).getString("currency")).isEqualTo("EUR");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(ApportionClient.json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("currency");
        api.send("PUT", "/settings/reporting-currency", "{\"currency\": \"USD\"}");
    }
}

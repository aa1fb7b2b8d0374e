package org.apportion.it;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bills in no provider format, imported through saved column mappings edited over the API. */
class MappedCsvImportIT extends ApportionIT {

    static final String HOSTING = """
            {"description": "Example Hosting GmbH monthly invoice export",
             "columns": {"ChargePeriodStart": "Date", "SubAccountId": "Project", "ServiceName": "Product",
                         "ChargeDescription": "Description", "PricingQuantity": "Quantity", "PricingUnit": "Unit",
                         "BilledCost": "Amount", "BillingCurrency": "Currency", "ChargeCategory": "Product"},
             "constants": {"BillingAccountId": "ACME-4711", "ProviderName": "Example Hosting GmbH"},
             "values": {"ChargeCategory": {"Credit": "Credit", "Managed Postgres": "Usage", "Object Storage": "Usage",
                                           "Support": "Purchase"}},
             "dateFormat": "dd.MM.yyyy"}""";

    /** The FOCUS specification's examples: FOCUS names, M/D/YY dates, "$" amounts, constants for what they omit. */
    static final String SPEC_EXAMPLES = """
            {"sameNames": true, "dateFormat": "M/d/yy", "currencySymbols": true,
             "defaults": {"BillingCurrency": "USD", "BillingAccountId": "focus-spec-example",
                          "ProviderName": "FOCUS specification example", "ServiceName": "Example service",
                          "ServiceCategory": "Other"},
             "values": {"ServiceCategory": {"Database": "Databases"}}}""";

    @BeforeEach
    void startFromNoImports() throws Exception {
        TestDb.deleteAllImports();
        TestDb.execute("DELETE FROM column_mapping");
    }

    @Test
    void aSaasInvoiceImportsThroughItsMapping() throws Exception {
        assertThat(api.send("PUT", "/imports/mappings/hosting", HOSTING).statusCode()).isEqualTo(201);

        JsonObject batch = api.importWithAndWait(ApportionClient.testData("bills/saas/hosting-invoice-2025-03.csv"),
                "hosting-invoice-2025-03.csv", "mapping=hosting");

        assertThat(batch.getString("status")).isEqualTo("COMPLETED");
        assertThat(batch.getString("format")).isEqualTo("CSV_MAPPED");
        assertThat(batch.getString("columnMapping")).isEqualTo("hosting");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(5);
        assertThat(batch.getJsonObject("totals").keySet()).containsExactly("EUR");
        assertThat(batch.getJsonObject("totals").getJsonObject("EUR").getString("billedCost")).isEqualTo("277.46");
        long id = batch.getJsonNumber("id").longValue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_line WHERE import_batch_id = ? AND charge_category = 'Credit' "
                + "AND billed_cost = -12.50 AND provider_name = 'Example Hosting GmbH'", id)).isEqualTo(1);
    }

    @Test
    void mappingsAreReadReplacedAndRemovedOverTheApi() throws Exception {
        api.send("PUT", "/imports/mappings/hosting", HOSTING);

        HttpResponse<String> replaced = api.send("PUT", "/imports/mappings/hosting",
                HOSTING.replace("ACME-4711", "ACME-0815"));
        JsonObject read = ApportionClient.json(api.get("/imports/mappings/hosting").body());
        HttpResponse<String> deleted = api.send("DELETE", "/imports/mappings/hosting", null);

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(read.getJsonObject("constants").getString("BillingAccountId")).isEqualTo("ACME-0815");
        assertThat(read.getString("dateFormat")).isEqualTo("dd.MM.yyyy");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api.get("/imports/mappings/hosting").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnusableMappingIsRefusedFieldByField() throws Exception {
        HttpResponse<String> refused = api.send("PUT", "/imports/mappings/broken",
                "{\"columns\": {\"BilledCost\": \"Amount\", \"Colour\": \"X\"}, \"constants\": {\"BillingCurrency\": \"EURO\"}}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject problem = ApportionClient.json(refused.body());
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("columns.Colour", "BillingAccountId", "ChargePeriodStart", "ProviderName",
                        "ServiceName", "constants.BillingCurrency");
    }

    @Test
    void anUploadNamingAnUnknownMappingIsRefusedBeforeAnythingIsStored() throws Exception {
        HttpResponse<String> refused = api.uploadWith(ApportionClient.testData("bills/saas/hosting-invoice-2025-03.csv"),
                "hosting.csv", "mapping=nobody");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("No column mapping named \\\"nobody\\\"");
        assertThat(TestDb.count("SELECT COUNT(*) FROM import_batch")).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "commitment_discount_flexibility/one_hundred_percent_utilization_with_commitment_discount_flexibility_with_1_resource.csv, 3, 0, 2.75, 2.75",
            "commitment_discount_flexibility/one_hundred_percent_utilization_without_commitment_discount_flexibility.csv, 2, 0, 1.50, 1.50",
            "commitment_discount_scenarios/commitment_discount_purchase_scenario_1.csv, 1, 0, 8760.00, 0",
            "commitment_discount_scenarios/commitment_discount_purchase_scenario_3.csv, 3, 1, 4381.00, 0",
            "commitment_discount_scenarios/commitment_discount_usage_scenario_2.csv, 1, 0, 0, 1.00",
            "commitment_discount_scenarios/commitment_discount_usage_scenario_4.csv, 2, 0, 0.50, 1.50",
            "saas_examples/simple_agreements/simple_saas_agreements_a2.csv, 1, 0, 50000.00, 50000.00",
            "saas_examples/simple_agreements/simple_saas_agreements_b.csv, 1, 0, 50000.00, 50000.00",
            "saas_examples/spend_agreements/saas_spend_agreements_a1.csv, 4, 0, 1200, 1200",
            "saas_examples/spend_agreements/saas_spend_agreements_b1.csv, 5, 0, 1200, 1200",
            "saas_examples/virtual_currency_pricing_model_a1.csv, 1, 0, 200000.00, 0",
            "saas_examples/virtual_currency_pricing_model_b1.csv, 1, 0, 100000.00, 0",
            "saas_examples/virtual_currency_pricing_model_b3.csv, 3, 0, 0, 495.00"})
    void theFocusSpecExamplesImportThroughOneMapping(String file, long rows, long rejected, BigDecimal billed,
                                                     BigDecimal effective) throws Exception {
        api.send("PUT", "/imports/mappings/focus-spec-examples", SPEC_EXAMPLES);
        Path example = ApportionClient.testData("bills/focus-spec-examples/" + file);

        JsonObject batch = api.importWithAndWait(example, example.getFileName().toString(),
                "mapping=focus-spec-examples&policy=quarantine");

        assertThat(batch.getString("status")).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.getJsonNumber("rowsImported").longValue()).isEqualTo(rows);
        assertThat(batch.getJsonNumber("rowsRejected").longValue()).isEqualTo(rejected);
        JsonObject usd = batch.getJsonObject("totals").getJsonObject("USD");
        assertThat(new BigDecimal(usd.getString("billedCost"))).isEqualByComparingTo(billed);
        assertThat(new BigDecimal(usd.getString("effectiveCost"))).isEqualByComparingTo(effective);
    }
}

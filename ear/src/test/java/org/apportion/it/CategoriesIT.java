package org.apportion.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cost categories and their rules through /api/v1/categories. */
class CategoriesIT extends ApportionIT {

    private static final List<String> FOCUS_SERVICE_CATEGORIES = List.of("AI and Machine Learning", "Analytics",
            "Business Applications", "Compute", "Databases", "Developer Tools", "Multicloud", "Identity",
            "Integration", "Internet of Things", "Management and Governance", "Media", "Migration", "Mobile",
            "Networking", "Security", "Storage", "Web", "Other");

    private String resolve(String query) throws Exception {
        HttpResponse<String> answer = api.get("/categories/resolve?" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return ApportionClient.json(answer.body()).getString("code");
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return ApportionClient.json(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void listsTheFixedCategories() throws Exception {
        JsonObject page = ApportionClient.json(api.get("/categories").body());

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(c -> c.getString("code"))
                .containsExactly("COMPUTE", "STORAGE", "NETWORKING", "DATABASES", "AI_LLM_API", "SAAS_LICENSES",
                        "SUPPORT", "SECURITY_COMPLIANCE", "TAX", "OTHER");
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(10);
    }

    @Test
    void seedsADefaultRuleForEveryFocusServiceCategory() throws Exception {
        JsonObject rules = ApportionClient.json(api.get("/categories/rules?size=1000").body());
        List<String> matched = rules.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonObject("match"))
                .filter(m -> m.size() == 1 && m.containsKey("ServiceCategory"))
                .map(m -> m.getString("ServiceCategory")).toList();

        assertThat(matched).containsAll(FOCUS_SERVICE_CATEGORIES);
        assertThat(resolve("ServiceCategory=Compute&ServiceName=" + q("Amazon Elastic Compute Cloud"))).isEqualTo("COMPUTE");
        assertThat(resolve("ServiceCategory=Other&ServiceName=" + q("AWS Support (Business)"))).isEqualTo("SUPPORT");
        assertThat(resolve("ServiceCategory=" + q("AI and Machine Learning") + "&ProviderName=OpenAI")).isEqualTo("AI_LLM_API");
        assertThat(resolve("ServiceCategory=Compute&ChargeCategory=Tax")).isEqualTo("TAX");
        assertThat(resolve("ServiceName=unknown")).isEqualTo("OTHER");
    }

    @Test
    void createsUpdatesAndDeletesARuleThatChangesResolution() throws Exception {
        String lines = "ServiceCategory=Compute&ProviderName=" + q("Acme Cloud") + "&SkuId=pg-large&ChargeCategory=Usage";
        assertThat(resolve(lines)).isEqualTo("COMPUTE");

        HttpResponse<String> created = api.send("POST", "/categories/rules", """
                {"priority": 50, "category": "DATABASES", "match": {"ProviderName": "Acme Cloud", "SkuId": "pg-*"},
                 "description": "Acme's managed Postgres"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject rule = ApportionClient.json(created.body());
        long id = rule.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/categories/rules/" + id));
        assertThat(rule.getJsonObject("match").getString("SkuId")).isEqualTo("pg-*");
        assertThat(resolve(lines)).isEqualTo("DATABASES");

        HttpResponse<String> updated = api.send("PUT", "/categories/rules/" + id, """
                {"priority": 50, "category": "STORAGE", "match": {"ProviderName": "Acme Cloud"}}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(ApportionClient.json(api.get("/categories/rules/" + id).body()).getString("category")).isEqualTo("STORAGE");
        assertThat(resolve(lines)).isEqualTo("STORAGE");

        assertThat(api.send("DELETE", "/categories/rules/" + id, null).statusCode()).isEqualTo(204);
        assertThat(api.get("/categories/rules/" + id).statusCode()).isEqualTo(404);
        assertThat(resolve(lines)).isEqualTo("COMPUTE");
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        HttpResponse<String> answer = api.send("POST", "/categories/rules", """
                {"priority": -1, "category": "FOOD", "match": {"ServiceCategory": "Network", "Colour": "red", "SkuId": 7}}""");
        HttpResponse<String> empty = api.send("POST", "/categories/rules", "{\"match\": {}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("priority", "category", "match.ServiceCategory",
                "match.Colour", "match.SkuId");
        assertThat(fields(empty)).containsExactlyInAnyOrder("priority", "category", "match");
        assertThat(api.send("PUT", "/categories/rules/999999", "{\"priority\": 1, \"category\": \"TAX\", "
                + "\"match\": {\"ChargeCategory\": \"Tax\"}}").statusCode()).isEqualTo(404);
    }
}

package org.apportion.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.apportion.it.support.ApportionClient;
import org.apportion.it.support.ApportionIT;
import org.apportion.it.support.TestDb;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost-center hierarchy through /api/v1/cost-centers. */
class CostCentersIT extends ApportionIT {

    private HttpResponse<String> create(String code, String parent, String activeFrom, String activeTo)
            throws Exception {
        String body = "{\"code\": \"" + code + "\", \"name\": \"" + code + " team\", \"owner\": \"ana@example.com\","
                + " \"activeFrom\": \"" + activeFrom + "\""
                + (parent == null ? "" : ", \"parentCode\": \"" + parent + "\"")
                + (activeTo == null ? "" : ", \"activeTo\": \"" + activeTo + "\"") + "}";
        HttpResponse<String> created = api.send("POST", "/cost-centers", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created;
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return ApportionClient.json(problem.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static Optional<JsonObject> child(JsonArray nodes, String code) {
        return nodes.getValuesAs(JsonObject.class).stream().filter(n -> n.getString("code").equals(code)).findFirst();
    }

    @Test
    void createsReadsAndUpdatesACostCenter() throws Exception {
        HttpResponse<String> created = create("CRUD-CO", null, "2025-01-01", null);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cost-centers/CRUD-CO"));

        HttpResponse<String> updated = api.send("PUT", "/cost-centers/CRUD-CO", """
                {"name": "Crud Company", "owner": "cfo@example.com", "activeFrom": "2025-02-01",
                 "activeTo": "2026-01-31", "description": "renamed"}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);

        JsonObject read = ApportionClient.json(api.get("/cost-centers/CRUD-CO").body());
        assertThat(read.getString("name")).isEqualTo("Crud Company");
        assertThat(read.getString("owner")).isEqualTo("cfo@example.com");
        assertThat(read.getString("activeTo")).isEqualTo("2026-01-31");
        assertThat(read.isNull("parentCode")).isTrue();
        assertThat(TestDb.count("SELECT COUNT(*) FROM cost_center WHERE code = 'CRUD-CO' AND description = 'renamed'"))
                .isEqualTo(1);
        assertThat(api.send("POST", "/cost-centers", "{\"code\": \"CRUD-CO\", \"name\": \"again\", \"activeFrom\": \"2025-01-01\"}")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void showsTheHierarchyAsATreeWithUnallocatedAsARoot() throws Exception {
        create("TREE-CO", null, "2025-01-01", null);
        create("TREE-PLAT", "TREE-CO", "2025-01-01", null);
        create("TREE-PLAT-DATA", "TREE-PLAT", "2025-01-01", null);
        create("TREE-SALES", "TREE-CO", "2025-01-01", null);

        JsonArray roots = ApportionClient.json(api.get("/cost-centers/tree").body()).getJsonArray("roots");

        assertThat(child(roots, "UNALLOCATED")).hasValueSatisfying(u -> assertThat(u.getString("name")).isEqualTo("Unallocated"));
        JsonObject company = child(roots, "TREE-CO").orElseThrow();
        assertThat(company.getJsonArray("children").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("code")).containsExactly("TREE-PLAT", "TREE-SALES");
        JsonObject platform = child(company.getJsonArray("children"), "TREE-PLAT").orElseThrow();
        assertThat(child(platform.getJsonArray("children"), "TREE-PLAT-DATA")).isPresent();
    }

    @Test
    void refusesACycleNamingTheParentCodeField() throws Exception {
        create("CYC-A", null, "2025-01-01", null);
        create("CYC-B", "CYC-A", "2025-01-01", null);
        create("CYC-C", "CYC-B", "2025-01-01", null);

        HttpResponse<String> cycle = api.send("PUT", "/cost-centers/CYC-A",
                "{\"name\": \"A\", \"parentCode\": \"CYC-C\", \"activeFrom\": \"2025-01-01\"}");
        HttpResponse<String> self = api.send("PUT", "/cost-centers/CYC-A",
                "{\"name\": \"A\", \"parentCode\": \"CYC-A\", \"activeFrom\": \"2025-01-01\"}");

        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(cycle)).containsExactly("parentCode");
        assertThat(cycle.body()).contains("CYC-C is below CYC-A");
        assertThat(fields(self)).containsExactly("parentCode");
        assertThat(ApportionClient.json(api.get("/cost-centers/CYC-A").body()).isNull("parentCode")).isTrue();
    }

    @Test
    void keepsUnallocatedProtected() throws Exception {
        create("UNA-CO", null, "2025-01-01", null);

        HttpResponse<String> delete = api.send("DELETE", "/cost-centers/UNALLOCATED", null);
        HttpResponse<String> moved = api.send("PUT", "/cost-centers/UNALLOCATED",
                "{\"name\": \"Unallocated\", \"parentCode\": \"UNA-CO\", \"activeFrom\": \"2000-01-01\"}");
        HttpResponse<String> childOfIt = api.send("POST", "/cost-centers",
                "{\"code\": \"UNA-CHILD\", \"name\": \"x\", \"parentCode\": \"UNALLOCATED\", \"activeFrom\": \"2025-01-01\"}");

        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(ApportionClient.json(delete.body()).getString("detail")).contains("UNALLOCATED cannot be deleted");
        assertThat(fields(moved)).containsExactly("parentCode");
        assertThat(fields(childOfIt)).containsExactly("parentCode");
        assertThat(api.get("/cost-centers/UNALLOCATED").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesToDeleteACostCenterWithChildren() throws Exception {
        create("DEL-CO", null, "2025-01-01", null);
        create("DEL-TEAM", "DEL-CO", "2025-01-01", null);

        HttpResponse<String> refused = api.send("DELETE", "/cost-centers/DEL-CO", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApportionClient.json(refused.body()).getString("detail")).contains("has children (DEL-TEAM)");

        assertThat(api.send("DELETE", "/cost-centers/DEL-TEAM", null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/cost-centers/DEL-CO", null).statusCode()).isEqualTo(204);
        assertThat(api.get("/cost-centers/DEL-CO").statusCode()).isEqualTo(404);
        assertThat(api.send("DELETE", "/cost-centers/DEL-CO", null).statusCode()).isEqualTo(404);
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        HttpResponse<String> answer = api.send("POST", "/cost-centers", """
                {"code": "plat data", "parentCode": "NO-SUCH", "activeFrom": "2025-02-01", "activeTo": "2025-01-31",
                 "owner": 42}""");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("code", "name", "parentCode", "activeTo", "owner");
        assertThat(fields(api.send("POST", "/cost-centers", "{\"code\": \"BAD-DATE\", \"name\": \"x\", \"activeFrom\": \"1/2/2025\"}")))
                .containsExactly("activeFrom");
    }

    @Test
    void listsThoseActiveOnADayWithUnallocatedAlways() throws Exception {
        create("ACT-2020", null, "2020-01-01", "2020-12-31");
        create("ACT-OPEN", null, "2021-01-01", null);

        List<String> in2020 = codes(api.get("/cost-centers?active=2020-12-31&size=1000"));
        List<String> in2021 = codes(api.get("/cost-centers?active=2021-01-01&size=1000"));
        JsonObject firstPage = ApportionClient.json(api.get("/cost-centers?size=2").body());

        assertThat(in2020).contains("ACT-2020", "UNALLOCATED").doesNotContain("ACT-OPEN");
        assertThat(in2021).contains("ACT-OPEN", "UNALLOCATED").doesNotContain("ACT-2020");
        assertThat(firstPage.getJsonArray("items")).hasSize(2);
        assertThat(firstPage.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/cost-centers?active=yesterday").statusCode()).isEqualTo(400);
    }

    private static List<String> codes(HttpResponse<String> page) {
        return ApportionClient.json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code")).toList();
    }
}

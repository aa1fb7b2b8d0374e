package org.apportion.exports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apportion.allocation.AllocationMethod;
import org.apportion.allocation.AllocationRule;
import org.apportion.allocation.AllocationStage;
import org.junit.jupiter.api.Test;

class AllocatedMethodDetailsTest {

    @Test
    void carriesTheRatioAsAnExactNumberWithMethodAndRuleAsCustomProperties() {
        String json = AllocatedMethodDetails.of(share("0.600000000000", "FIXED_PERCENT"),
                rule("prod \"60/40\"", AllocationMethod.FIXED_PERCENT, null));

        assertThat(json).isEqualTo("{\"Elements\":[{\"AllocatedRatio\":0.6}],\"x_Method\":\"FIXED_PERCENT\","
                + "\"x_RuleName\":\"prod \\\"60/40\\\"\",\"x_Stage\":\"DIRECT\"}");
        JsonObject parsed = parse(json);
        assertThat(parsed.getJsonArray("Elements").getJsonObject(0).getJsonNumber("AllocatedRatio").bigDecimalValue())
                .isEqualByComparingTo("0.6");
        assertThat(parsed.getString("x_RuleName")).isEqualTo("prod \"60/40\"");
    }

    @Test
    void writesASmallRatioWithoutAnExponent() {
        String json = AllocatedMethodDetails.of(share("0.000000600000", "EVEN"), rule("even", AllocationMethod.EVEN, null));

        assertThat(json).contains("\"AllocatedRatio\":0.0000006}");
    }

    @Test
    void namesTheUsageUnitOfAUsageMetricRule() {
        String json = AllocatedMethodDetails.of(share("0.75", "USAGE_METRIC"),
                rule("by tokens", AllocationMethod.USAGE_METRIC, "tokens"));

        assertThat(parse(json).getJsonArray("Elements").getJsonObject(0).getString("UsageUnit")).isEqualTo("tokens");
    }

    @Test
    void describesUnallocatedCostAsAWholeWithoutARule() {
        AllocatedShare unallocated = new AllocatedShare("UNALLOCATED", "DIRECT", "UNALLOCATED", null, null,
                new BigDecimal("1.000000000000"), BigDecimal.ONE, BigDecimal.ONE);

        assertThat(AllocatedMethodDetails.of(unallocated, null)).isEqualTo(
                "{\"Elements\":[{\"AllocatedRatio\":1}],\"x_Method\":\"UNALLOCATED\",\"x_Stage\":\"DIRECT\"}");
    }

    static AllocatedShare share(String ratio, String method) {
        return new AllocatedShare("TEAM-A", "DIRECT", method, 12L, 3, new BigDecimal(ratio), BigDecimal.ONE,
                BigDecimal.ONE);
    }

    static AllocationRule rule(String name, AllocationMethod method, String metric) {
        return new AllocationRule("12", 3, name, 10, AllocationStage.DIRECT, LocalDate.of(2024, 1, 1), null, null,
                method, List.of(), metric);
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}

package org.apportion.imports.anthropic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.ImportContext;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.apportion.imports.llm.RegistryFixture;
import org.apportion.pricing.ModelPrice;
import org.apportion.pricing.TokenPrices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.apportion.imports.llm.RegistryFixture.cost;
import static org.apportion.imports.llm.RegistryFixture.extraNumber;
import static org.apportion.imports.llm.RegistryFixture.extras;
import static org.apportion.imports.llm.RegistryFixture.importSample;
import static org.apportion.imports.llm.RegistryFixture.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnthropicFormatTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    // The V4 seed's list prices: input, output, cached input, cache write, batch input, batch output per million.
    private static final ModelPrice SONNET_45 = price("anthropic", "claude-sonnet-4-5", FROM, "3.00", "15.00", "0.30",
            "3.75", "1.50", "7.50");
    private static final ModelPrice HAIKU_45 = price("anthropic", "claude-haiku-4-5", FROM, "1.00", "5.00", "0.10",
            "1.25", "0.50", "2.50");
    private static final ModelPrice HAIKU_35 = price("anthropic", "claude-3-5-haiku", FROM, "0.80", "4.00", "0.08",
            "1.00", "0.40", "2.00");
    private static final ImportContext REGISTRY = RegistryFixture.context("anthropic", SONNET_45, HAIKU_45, HAIKU_35);
    private static final String CACHE_5M = "cache_creation.ephemeral_5m_input_tokens";
    private static final String CACHE_1H = "cache_creation.ephemeral_1h_input_tokens";

    private Map<String, String> row;

    @BeforeEach
    void aUsageResult() {
        row = new LinkedHashMap<>();
        row.put("bucket.starting_at", "2025-10-02T00:00:00Z");
        row.put("bucket.ending_at", "2025-10-03T00:00:00Z");
        row.put("uncached_input_tokens", "998004");
        row.put(CACHE_1H, "40000");
        row.put(CACHE_5M, "120500");
        row.put("cache_read_input_tokens", "2750000");
        row.put("output_tokens", "388010");
        row.put("server_tool_use.web_search_requests", "3");
        row.put("api_key_id", "apikey_01Rj2N8SVvo6BePZj99NhmiT");
        row.put("workspace_id", "wrkspc_01JxQ7fRk2");
        row.put("model", "claude-sonnet-4-5-20250929");
        row.put("service_tier", "standard");
        row.put("context_window", null);
    }

    @Test
    void theUsageSampleIsPricedFromTheRegistryLineByLine() throws Exception {
        List<CostLine> lines = importSample("anthropic-usage-messages.json", AnthropicFormat.class, "messages", REGISTRY);

        assertThat(lines).hasSize(5);
        for (CostLine line : lines) {
            TokenPrices prices = switch (extras(line).getString("registry_model")) {
                case "claude-sonnet-4-5" -> SONNET_45.prices();
                case "claude-haiku-4-5" -> HAIKU_45.prices();
                case "claude-3-5-haiku" -> HAIKU_35.prices();
                default -> throw new AssertionError(line.getProviderExtras());
            };
            boolean batch = extras(line).getString("service_tier").equals("batch");
            BigDecimal uncached = extraNumber(line, "uncached_input_tokens");
            BigDecimal read = extraNumber(line, "cache_read_input_tokens");
            BigDecimal writes = extraNumber(line, CACHE_5M).add(extraNumber(line, CACHE_1H));
            BigDecimal output = extraNumber(line, "output_tokens");
            BigDecimal expected = cost(uncached, batch ? prices.batchInputPerMillion() : prices.inputPerMillion())
                    .add(cost(read, prices.cachedInputPerMillion()))
                    .add(cost(writes, prices.cacheWritePerMillion()))
                    .add(cost(output, batch ? prices.batchOutputPerMillion() : prices.outputPerMillion()));
            assertThat(line.getBilledCost()).as(line.getProviderExtras()).isEqualByComparingTo(expected);
            assertThat(line.getRegistryCost()).isEqualByComparingTo(expected);
            assertThat(line.getPriceVariance()).isNull();
            assertThat(line.getConsumedQuantity()).isEqualByComparingTo(uncached.add(read).add(writes).add(output));
        }
        assertThat(lines).extracting(CostLine::getSubAccountId).containsExactly("wrkspc_01JxQ7fRk2",
                "wrkspc_01JxQ7fRk2", "wrkspc_01Pm4Hs8Vn", "wrkspc_01JxQ7fRk2", null);
        assertThat(lines).extracting(CostLine::getSourceLine).doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(l -> assertThat(l.getBillingPeriodStart())
                .isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0)));
    }

    @Test
    void pricesCacheReadsWritesAndOutputAtTheirTiersAndKeepsWebSearchesUnpriced() throws Exception {
        CostLine line = usage(row);

        // 998,004 input at 3.00, 2,750,000 cache reads at 0.30, 160,500 cache writes (40,000 1-hour and 120,500
        // 5-minute) at 3.75 and 388,010 output at 15.00 per million.
        BigDecimal expected = cost(998_004, "3.00").add(cost(2_750_000, "0.30")).add(cost(160_500, "3.75"))
                .add(cost(388_010, "15.00"));
        assertThat(line.getBilledCost()).isEqualByComparingTo(expected);
        assertThat(line.getConsumedQuantity()).isEqualByComparingTo("4296514");
        assertThat(line.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2025, 10, 2, 0, 0));
        assertThat(line.getBillingPeriodEnd()).isEqualTo(LocalDateTime.of(2025, 11, 1, 0, 0));
        assertThat(line.getBillingAccountId()).isEqualTo("anthropic");
        assertThat(line.getSubAccountId()).isEqualTo("wrkspc_01JxQ7fRk2");
        assertThat(line.getResourceId()).isEqualTo("apikey_01Rj2N8SVvo6BePZj99NhmiT");
        assertThat(line.getSkuId()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(line.getProviderName()).isEqualTo("Anthropic");
        assertThat(line.getServiceCategory()).isEqualTo("AI and Machine Learning");
        assertThat(extras(line).getString("server_tool_use.web_search_requests")).isEqualTo("3");
        assertThat(extras(line).getString("registry_model")).isEqualTo("claude-sonnet-4-5");
    }

    @Test
    void theBatchServiceTierIsPricedAtBatchPrices() throws Exception {
        row.put("service_tier", "batch");

        BigDecimal expected = cost(998_004, "1.50").add(cost(2_750_000, "0.30")).add(cost(160_500, "3.75"))
                .add(cost(388_010, "7.50"));
        assertThat(usage(row).getBilledCost()).isEqualByComparingTo(expected);
    }

    @Test
    void refusesAModelTheRegistryHasNoPriceFor() {
        row.put("model", "claude-opus-4-20250514");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> usage(row));

        assertThat(refused.problems()).containsExactly(new RowProblem(2, "model", "claude-opus-4-20250514",
                "no price for model claude-opus-4-20250514 on 2025-10-02 in the price registry; add one under "
                        + "/api/v1/pricing/models"));
    }

    @Test
    void refusesUsageWhoseRegistryPriceLacksATierItNeeds() {
        ImportContext noCacheWritePrice = RegistryFixture.context("anthropic", price("anthropic", "claude-sonnet-4-5",
                FROM, "3.00", "15.00", "0.30", null, "1.50", "7.50"));
        List<String> columns = new AnthropicFormat().columns(new ArrayList<>(row.keySet()));

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class,
                () -> new AnthropicFormat().rowMapper(columns, noCacheWritePrice).toCostLine(7, record(columns)));

        assertThat(refused.problems()).extracting(RowProblem::reason).containsExactly("the price registry's price of "
                + "claude-sonnet-4-5 on 2025-10-02 has no cache write price; add one under /api/v1/pricing/models");
    }

    @Test
    void theCostReportsCentsBecomeExactAmounts() throws Exception {
        List<CostLine> lines = importSample("anthropic-cost-report.json", AnthropicFormat.class, "cost_report", REGISTRY);

        List<String> cents = List.of("361.2993", "117.0036", "93.75", "601.8405", "800", "625", "12", "24", "0.000125");
        assertThat(lines).hasSize(cents.size());
        for (int i = 0; i < cents.size(); i++) {
            assertThat(lines.get(i).getBilledCost()).isEqualByComparingTo(
                    new BigDecimal(cents.get(i)).divide(BigDecimal.valueOf(100)));
            assertThat(lines.get(i).getRegistryCost()).as("a cost result counts no tokens").isNull();
        }
        CostLine input = lines.get(0);
        assertThat(input.getBillingCurrency()).isEqualTo("USD");
        assertThat(input.getSkuId()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(input.getChargeDescription()).isEqualTo("Claude Sonnet 4.5 Usage - Input Tokens");
        assertThat(extras(input).getString("token_type")).isEqualTo("uncached_input_tokens");
        CostLine webSearch = lines.get(6);
        assertThat(webSearch.getSkuId()).isNull();
        assertThat(extras(webSearch).getString("cost_type")).isEqualTo("web_search");
        assertThat(lines.get(8).getSubAccountId()).as("the default workspace").isNull();
        assertThat(lines).extracting(CostLine::getSourceLine).doesNotHaveDuplicates();
    }

    @Test
    void refusesACostWithoutAmountOrWithAnUnknownCurrency() {
        List<String> columns = AnthropicFormat.COST_COLUMNS;
        Map<String, String> cost = new LinkedHashMap<>();
        columns.forEach(c -> cost.put(c, null));
        cost.put("bucket.starting_at", "2025-10-01T00:00:00Z");
        cost.put("bucket.ending_at", "2025-10-02T00:00:00Z");
        cost.put("currency", "XYZ");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class,
                () -> new AnthropicFormat().rowMapper(columns).toCostLine(7,
                        new BillRecord(3, new ArrayList<>(cost.values()))));

        assertThat(refused.problems()).extracting(RowProblem::column).containsExactlyInAnyOrder("amount", "currency");
    }

    private CostLine usage(Map<String, String> row) throws InvalidBillRowException {
        List<String> header = new ArrayList<>(row.keySet());
        AnthropicFormat format = new AnthropicFormat();
        assertThat(format.recognises(header)).isTrue();
        assertThat(format.check(header).problems()).isEmpty();
        List<String> columns = format.columns(header);
        return format.rowMapper(columns, REGISTRY).toCostLine(7, record(columns));
    }

    private BillRecord record(List<String> columns) {
        return new BillRecord(2, new ArrayList<>(columns.stream().map(row::get).toList()));
    }
}

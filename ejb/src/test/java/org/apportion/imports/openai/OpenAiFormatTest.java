package org.apportion.imports.openai;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.apportion.imports.llm.RegistryFixture.cost;
import static org.apportion.imports.llm.RegistryFixture.extraNumber;
import static org.apportion.imports.llm.RegistryFixture.extras;
import static org.apportion.imports.llm.RegistryFixture.importSample;
import static org.apportion.imports.llm.RegistryFixture.price;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class OpenAiFormatTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    // The V4 seed's list prices: input, output, cached input, cache write, batch input, batch output per million.
    private static final ModelPrice GPT_4O = price("openai", "gpt-4o", FROM, "2.50", "10.00", "1.25", null, "1.25", "5.00");
    private static final ModelPrice GPT_4O_MINI = price("openai", "gpt-4o-mini", FROM, "0.15", "0.60", "0.075", null,
            "0.075", "0.30");
    private static final ModelPrice GPT_41_MINI = price("openai", "gpt-4.1-mini", FROM, "0.40", "1.60", "0.10", null,
            "0.20", "0.80");
    private static final ImportContext REGISTRY = RegistryFixture.context("openai",
            GPT_4O, GPT_4O_MINI, GPT_41_MINI);

    private Map<String, String> row;

    @BeforeEach
    void aUsageResult() {
        row = new LinkedHashMap<>();
        row.put("bucket.start_time", "1743292800");
        row.put("bucket.end_time", "1743379200");
        row.put("object", "organization.usage.completions.result");
        row.put("input_tokens", "1250000");
        row.put("output_tokens", "310500");
        row.put("input_cached_tokens", "400000");
        row.put("input_audio_tokens", "0");
        row.put("output_audio_tokens", "0");
        row.put("num_model_requests", "842");
        row.put("project_id", "proj_QbF2x7LmN4");
        row.put("api_key_id", "key_Ab12Cd34Ef56Gh78");
        row.put("model", "gpt-4o-2024-08-06");
        row.put("batch", null);
    }

    @Test
    void theUsageSampleIsPricedFromTheRegistryLineByLine() throws Exception {
        List<CostLine> lines = importSample("openai-usage-completions.json", OpenAiFormat.class, "completions", REGISTRY);

        assertThat(lines).hasSize(7);
        BigDecimal total = BigDecimal.ZERO;
        for (CostLine line : lines) {
            ModelPrice price = switch (extras(line).getString("registry_model")) {
                case "gpt-4o" -> GPT_4O;
                case "gpt-4o-mini" -> GPT_4O_MINI;
                case "gpt-4.1-mini" -> GPT_41_MINI;
                default -> throw new AssertionError(line.getProviderExtras());
            };
            BigDecimal input = extraNumber(line, "input_tokens");
            BigDecimal cached = extraNumber(line, "input_cached_tokens");
            BigDecimal output = extraNumber(line, "output_tokens");
            BigDecimal expected = cost(input.subtract(cached), price.prices().inputPerMillion())
                    .add(cost(cached, price.prices().cachedInputPerMillion()))
                    .add(cost(output, price.prices().outputPerMillion()));
            assertThat(line.getBilledCost()).as(line.getProviderExtras()).isEqualByComparingTo(expected);
            assertThat(line.getEffectiveCost()).isEqualByComparingTo(expected);
            assertThat(line.getRegistryCost()).isEqualByComparingTo(expected);
            assertThat(line.getPriceVariance()).as("usage carries no provider cost to compare").isNull();
            assertThat(line.getConsumedQuantity()).isEqualByComparingTo(input.add(output));
            assertThat(line.getConsumedUnit()).isEqualTo("Tokens");
            assertThat(line.getBillingCurrency()).isEqualTo("USD");
            total = total.add(expected);
        }
        assertThat(lines.stream().map(CostLine::getBilledCost).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);
        assertThat(lines).extracting(CostLine::getSourceLine).doesNotHaveDuplicates();
        assertThat(lines).extracting(l -> l.getBillingPeriodStart().toLocalDate().toString())
                .containsExactly("2025-03-01", "2025-03-01", "2025-03-01", "2025-03-01", "2025-03-01",
                        "2025-04-01", "2025-04-01");
    }

    @Test
    void mapsAUsageResultToFocusColumnsAndPricesTheDatedModelAtItsBaseModelsPrice() throws Exception {
        CostLine line = usage(row);

        // 850,000 uncached input at 2.50, 400,000 cached input at 1.25 and 310,500 output at 10.00 per million.
        BigDecimal expected = cost(850_000, "2.50").add(cost(400_000, "1.25")).add(cost(310_500, "10.00"));
        assertThat(line.getBilledCost()).isEqualByComparingTo(expected);
        assertThat(line.getListCost()).isEqualByComparingTo(expected);
        assertThat(line.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2025, 3, 30, 0, 0));
        assertThat(line.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2025, 3, 31, 0, 0));
        assertThat(line.getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
        assertThat(line.getBillingPeriodEnd()).isEqualTo(LocalDateTime.of(2025, 4, 1, 0, 0));
        assertThat(line.getBillingAccountId()).isEqualTo("openai");
        assertThat(line.getSubAccountId()).isEqualTo("proj_QbF2x7LmN4");
        assertThat(line.getResourceId()).isEqualTo("key_Ab12Cd34Ef56Gh78");
        assertThat(line.getSkuId()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(line.getProviderName()).isEqualTo("OpenAI");
        assertThat(line.getPublisherName()).isEqualTo("OpenAI");
        assertThat(line.getInvoiceIssuerName()).isEqualTo("OpenAI");
        assertThat(line.getServiceCategory()).isEqualTo("AI and Machine Learning");
        assertThat(line.getChargeCategory()).isEqualTo("Usage");
        assertThat(extras(line).getString("registry_model")).isEqualTo("gpt-4o");
        assertThat(extras(line).getString("num_model_requests")).isEqualTo("842");
    }

    @Test
    void batchUsageIsPricedAtTheBatchTier() throws Exception {
        row.put("batch", "true");

        BigDecimal expected = cost(850_000, "1.25").add(cost(400_000, "1.25")).add(cost(310_500, "5.00"));
        assertThat(usage(row).getBilledCost()).isEqualByComparingTo(expected);
    }

    @Test
    void anOrganizationNamedInTheResultIsTheBillingAccount() throws Exception {
        row.put("organization_id", "org-7Hq2Lm9Xc4");

        assertThat(usage(row).getBillingAccountId()).isEqualTo("org-7Hq2Lm9Xc4");
    }

    @Test
    void refusesAModelTheRegistryHasNoPriceForOnThatDay() {
        row.put("model", "o1-pro-2025-03-19");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> usage(row));

        assertThat(refused.problems()).containsExactly(new RowProblem(2, "model", "o1-pro-2025-03-19",
                "no price for model o1-pro-2025-03-19 on 2025-03-30 in the price registry; add one under "
                        + "/api/v1/pricing/models"));
    }

    @Test
    void refusesUsageBeforeTheRegistrysFirstPriceOfTheModel() {
        row.put("bucket.start_time", "1735603200"); // 2024-12-31, the day before the prices start
        row.put("bucket.end_time", "1735689600");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> usage(row));

        assertThat(refused.problems()).extracting(RowProblem::reason).containsExactly("no price for model "
                + "gpt-4o-2024-08-06 on 2024-12-31 in the price registry; add one under /api/v1/pricing/models");
    }

    @Test
    void refusesUsageGroupedWithoutModelAudioTokensAndBadCounts() {
        row.put("model", null);
        row.put("input_audio_tokens", "1200");
        row.put("output_tokens", "-5");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> usage(row));

        assertThat(refused.problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("model", "input_audio_tokens", "output_tokens");
        assertThat(refused.problems()).extracting(RowProblem::reason).contains(
                "audio tokens cannot be priced: the price registry has no audio token prices");
    }

    @Test
    void refusesMoreCachedThanInputTokensAndABucketEndingBeforeItStarts() {
        row.put("input_cached_tokens", "1250001");
        row.put("bucket.end_time", "1743292800");

        InvalidBillRowException refused = catchThrowableOfType(InvalidBillRowException.class, () -> usage(row));

        assertThat(refused.problems()).extracting(RowProblem::column)
                .containsExactlyInAnyOrder("input_cached_tokens", "bucket.end_time");
    }

    @Test
    void usageCannotBeMappedWithoutThePriceRegistry() {
        assertThatThrownBy(() -> new OpenAiFormat().rowMapper(OpenAiFormat.USAGE_COLUMNS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCostsSampleKeepsOpenAisAmountsExactly() throws Exception {
        List<CostLine> lines = importSample("openai-costs.json", OpenAiFormat.class, "costs", REGISTRY);

        assertThat(lines).extracting(l -> l.getBilledCost().toPlainString()).containsExactly("2.125", "0.5", "3.105",
                "0.8595316500000001", "0.25", "2.2450800000000003", "2.98777");
        assertThat(lines).extracting(CostLine::getSkuId).containsExactly("gpt-4o-2024-08-06", "gpt-4o-2024-08-06",
                "gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18", "web search tool calls", "gpt-4o-2024-08-06",
                "gpt-4o-2024-08-06");
        CostLine first = lines.get(0);
        assertThat(first.getChargeDescription()).isEqualTo("gpt-4o-2024-08-06, input");
        assertThat(first.getBillingCurrency()).isEqualTo("USD");
        assertThat(first.getSubAccountId()).isEqualTo("proj_QbF2x7LmN4");
        assertThat(first.getBillingAccountId()).isEqualTo("openai");
        assertThat(first.getConsumedQuantity()).isNull();
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.getRegistryCost()).as("a costs result counts no tokens").isNull();
            assertThat(l.getEffectiveCost()).isEqualByComparingTo(l.getBilledCost());
        });
        assertThat(lines).extracting(CostLine::getSourceLine).doesNotHaveDuplicates();
    }

    private static CostLine usage(Map<String, String> row) throws InvalidBillRowException {
        List<String> header = new ArrayList<>(row.keySet());
        OpenAiFormat format = new OpenAiFormat();
        assertThat(format.recognises(header)).isTrue();
        assertThat(format.check(header).problems()).isEmpty();
        List<String> columns = format.columns(header);
        List<String> values = columns.stream().map(row::get).toList();
        return format.rowMapper(columns, REGISTRY).toCostLine(7, new BillRecord(2, new ArrayList<>(values)));
    }
}

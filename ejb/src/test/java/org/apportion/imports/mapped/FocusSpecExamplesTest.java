package org.apportion.imports.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The FOCUS specification's appendix examples stray from FOCUS (columns left out, M/D/YY dates, "$50,000.00"
 * amounts); they import through one column mapping that says how. Expected figures are the sums of each
 * file's own BilledCost and EffectiveCost columns.
 */
class FocusSpecExamplesTest {

    static final Path EXAMPLES = Path.of(System.getProperty("apportion.testdata", "../testdata"))
            .resolve("bills/focus-spec-examples");

    /** The mapping the examples need: FOCUS names as they are, and constants for what the partial ones omit. */
    static final MappingDefinition SPEC_EXAMPLES = new MappingDefinition(Map.of(), Map.of(),
            Map.of("BillingCurrency", "USD", "BillingAccountId", "focus-spec-example",
                    "ProviderName", "FOCUS specification example", "ServiceName", "Example service",
                    "ServiceCategory", "Other"),
            Map.of("ServiceCategory", Map.of("Database", "Databases")), true, "M/d/yy", true);

    @ParameterizedTest
    @CsvSource({
            "commitment_discount_flexibility/one_hundred_percent_utilization_with_commitment_discount_flexibility_with_1_resource.csv, 3, 2.75, 2.75",
            "commitment_discount_flexibility/one_hundred_percent_utilization_without_commitment_discount_flexibility.csv, 2, 1.50, 1.50",
            "commitment_discount_scenarios/commitment_discount_purchase_scenario_1.csv, 1, 8760.00, 0.00",
            "commitment_discount_scenarios/commitment_discount_usage_scenario_2.csv, 1, 0, 1.00",
            "commitment_discount_scenarios/commitment_discount_usage_scenario_4.csv, 2, 0.50, 1.50",
            "saas_examples/simple_agreements/simple_saas_agreements_a2.csv, 1, 50000.00, 50000.00",
            "saas_examples/simple_agreements/simple_saas_agreements_b.csv, 1, 50000.00, 50000.00",
            "saas_examples/spend_agreements/saas_spend_agreements_a1.csv, 4, 1200, 1200",
            "saas_examples/spend_agreements/saas_spend_agreements_b1.csv, 5, 1200, 1200",
            "saas_examples/virtual_currency_pricing_model_a1.csv, 1, 200000.00, 0",
            "saas_examples/virtual_currency_pricing_model_b1.csv, 1, 100000.00, 0",
            "saas_examples/virtual_currency_pricing_model_b3.csv, 3, 0, 495.00"})
    void everyExampleImportsWithItsRowsAndTotals(String file, int rows, BigDecimal billed, BigDecimal effective)
            throws Exception {
        List<CostLine> lines = read(EXAMPLES.resolve(file), SPEC_EXAMPLES);

        assertEquals(rows, lines.size());
        assertEquals(0, billed.compareTo(sum(lines, CostLine::getBilledCost)), "BilledCost");
        assertEquals(0, effective.compareTo(sum(lines, CostLine::getEffectiveCost)), "EffectiveCost");
        assertTrue(lines.stream().allMatch(l -> l.getBillingCurrency().equals("USD")));
    }

    /** Its last row ends its charge period at hour 30 ("2023-02-01T30:00:00Z"): that row is refused, the rest kept. */
    @Test
    void anImpossibleHourInTheSpecsOwnExampleIsRefused() throws Exception {
        Path file = EXAMPLES.resolve("commitment_discount_scenarios/commitment_discount_purchase_scenario_3.csv");
        List<CostLine> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        readEach(file, SPEC_EXAMPLES, lines::add, problems::addAll);

        assertEquals(3, lines.size());
        assertEquals(0, new BigDecimal("4381.00").compareTo(sum(lines, CostLine::getBilledCost)));
        assertEquals(List.of(new RowProblem(5, "ChargePeriodEnd", "2023-02-01T30:00:00Z",
                "not a date (expected M/d/yy or ISO 8601)")), problems);
    }

    static List<CostLine> read(Path path, MappingDefinition mapping) throws Exception {
        List<CostLine> lines = new ArrayList<>();
        readEach(path, mapping, lines::add, problems -> {
            throw new AssertionError(path.getFileName() + ": " + problems);
        });
        return lines;
    }

    static void readEach(Path path, MappingDefinition mapping, Consumer<CostLine> mapped,
                         Consumer<List<RowProblem>> refused) throws Exception {
        try (BillFile file = BillFiles.open(path)) {
            BillFormatReader format = new MappedCsvFormat("test", mapping);
            BillFormatReader.HeaderCheck check = format.check(file.header());
            assertEquals(List.of(), check.problems());
            BillRowMapper mapper = format.rowMapper(format.columns(file.header()));
            for (Optional<BillRecord> row = file.next(); row.isPresent(); row = file.next()) {
                try {
                    mapped.accept(mapper.toCostLine(1, row.get()));
                } catch (InvalidBillRowException e) {
                    refused.accept(e.problems());
                }
            }
        }
    }

    static BigDecimal sum(List<CostLine> lines, java.util.function.Function<CostLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

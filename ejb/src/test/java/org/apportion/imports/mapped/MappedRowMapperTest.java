package org.apportion.imports.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.InvalidBillRowException;
import org.apportion.imports.RowProblem;
import org.junit.jupiter.api.Test;

class MappedRowMapperTest {

    static final Path INVOICE = FocusSpecExamplesTest.EXAMPLES.getParent().resolve("saas/hosting-invoice-2025-03.csv");

    /** A hosting provider's invoice export: day-first dates, its own product names, one credit line. */
    static final MappingDefinition HOSTING = new MappingDefinition(
            Map.of("ChargePeriodStart", "Date", "SubAccountId", "Project", "ServiceName", "Product",
                    "ChargeDescription", "Description", "PricingQuantity", "Quantity", "PricingUnit", "Unit",
                    "BilledCost", "Amount", "BillingCurrency", "Currency", "ChargeCategory", "Product"),
            Map.of("BillingAccountId", "ACME-4711", "ProviderName", "Example Hosting GmbH"),
            Map.of(), Map.of("ChargeCategory", Map.of("Credit", "Credit", "Managed Postgres", "Usage",
                    "Object Storage", "Usage", "Support", "Purchase")),
            false, "dd.MM.yyyy", false);

    static final List<String> HEADER = List.of("Invoice", "Date", "Project", "Product", "Description", "Quantity",
            "Unit", "Amount", "Currency");

    @Test
    void aSaasInvoiceImportsWithItsTotalAndDefaults() throws Exception {
        List<CostLine> lines = FocusSpecExamplesTest.read(INVOICE, HOSTING);

        assertEquals(5, lines.size());
        assertEquals(new BigDecimal("277.46"), FocusSpecExamplesTest.sum(lines, CostLine::getBilledCost));
        CostLine first = lines.get(0);
        assertEquals(LocalDateTime.of(2025, 3, 1, 0, 0), first.getChargePeriodStart());
        assertEquals(LocalDateTime.of(2025, 3, 2, 0, 0), first.getChargePeriodEnd());
        assertEquals(LocalDateTime.of(2025, 4, 1, 0, 0), first.getBillingPeriodEnd());
        assertEquals(first.getBilledCost(), first.getEffectiveCost());
        assertEquals("Example Hosting GmbH", first.getInvoiceIssuerName());
        assertEquals("Other", first.getServiceCategory());
        assertEquals("{\"Invoice\":\"INV-2025-0311\"}", first.getProviderExtras());
        assertEquals("Credit", lines.get(4).getChargeCategory());
    }

    @Test
    void problemsNameTheSourceColumns() {
        MappedRowMapper mapper = new MappedRowMapper(HOSTING, HEADER);
        BillRecord bad = new BillRecord(7, List.of("INV-1", "2025-13-45", "web", "Object Storage", "x", "1", "GB",
                "12,5", "Euro"));

        InvalidBillRowException e = assertThrows(InvalidBillRowException.class, () -> mapper.toCostLine(1, bad));

        assertEquals(List.of(
                new RowProblem(7, "Date", "2025-13-45", "not a date (expected dd.MM.yyyy or ISO 8601)"),
                new RowProblem(7, "Amount", "12,5", "not a decimal number"),
                new RowProblem(7, "Currency", "Euro", "not an ISO 4217 currency code")), e.problems());
    }

    @Test
    void amountsWithCurrencySymbolsAndThousandsSeparators() throws Exception {
        MappingDefinition symbols = new MappingDefinition(HOSTING.columns(), HOSTING.constants(), Map.of(),
                HOSTING.values(), false, "dd.MM.yyyy", true);
        MappedRowMapper mapper = new MappedRowMapper(symbols, HEADER);

        assertEquals(new BigDecimal("50000.00"), mapper.toCostLine(1, row("$50,000.00 ")).getBilledCost());
        assertEquals(new BigDecimal("-1234.5"), mapper.toCostLine(1, row("-€1,234.5")).getBilledCost());
        assertThrows(InvalidBillRowException.class, () -> mapper.toCostLine(1, row("1,23,4.00")));
    }

    @Test
    void aMappingWithoutTheRequiredColumnsIsRefusedWhole() {
        MappingDefinition incomplete = new MappingDefinition(Map.of("BilledCost", "Amount", "Nonsense", "X"),
                Map.of("BillingCurrency", "EURO"), Map.of(), Map.of(), false, "not a pattern {", false);

        assertEquals(List.of("columns.Nonsense: not a FOCUS column",
                "BillingAccountId: required; map a source column or give a constant or default",
                "ChargePeriodStart: required; map a source column or give a constant or default",
                "ProviderName: required; map a source column or give a constant or default",
                "ServiceName: required; map a source column or give a constant or default",
                "constants.BillingCurrency: not an ISO 4217 currency code",
                "dateFormat: not a date pattern (e.g. M/d/yyyy, dd.MM.yyyy HH:mm)"), incomplete.problems());
    }

    @Test
    void theDefinitionSurvivesItsJson() {
        assertEquals(HOSTING, MappingDefinition.fromJson(HOSTING.toJson()));
    }

    private static BillRecord row(String amount) {
        return new BillRecord(2, List.of("INV-1", "01.03.2025", "web", "Object Storage", "x", "1", "GB", amount, "USD"));
    }
}

package org.apportion.imports.azure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two public Azure EA samples map row by row with the exact totals their files hold. */
class AzureCostDetailsRowMapperTest {

    private static final Path AZURE = Path.of(System.getProperty("apportion.testdata", "../testdata"))
            .resolve("bills/azure");

    @Test
    void theActualCostSampleWithAByteOrderMarkAndAReservationPurchase() throws Exception {
        List<CostLine> lines = mapAll(AZURE.resolve("EA_ActualCost_Small.csv"));

        assertThat(lines).hasSize(11);
        assertThat(sum(lines, true)).isEqualByComparingTo("8.5450077867419368");
        assertThat(sum(lines, false)).as("actual cost: effective equals billed").isEqualByComparingTo("8.5450077867419368");
        CostLine purchase = lines.get(0);
        assertThat(purchase.getBillingCurrency()).isEqualTo("USD");
        assertThat(purchase.getChargeCategory()).isEqualTo("Purchase");
        assertThat(purchase.getChargeFrequency()).isEqualTo("Recurring");
        assertThat(purchase.getCommitmentDiscountType()).isEqualTo("Reservation");
        assertThat(purchase.getCommitmentDiscountName()).isEqualTo("VM_RI_06-21-2023_18-56");
        assertThat(purchase.getServiceCategory()).isEqualTo("Compute");
        assertThat(purchase.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2023, 9, 21, 0, 0));
        assertThat(purchase.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2023, 9, 22, 0, 0));
        assertThat(purchase.getBillingPeriodEnd()).as("exclusive end").isEqualTo(LocalDateTime.of(2023, 10, 1, 0, 0));
    }

    @Test
    void theCanadianDollarSampleWithTagsWithoutBraces() throws Exception {
        List<CostLine> lines = mapAll(AZURE.resolve("sample-anonymous-ea-export-dataset.csv"));

        assertThat(lines).hasSize(27);
        assertThat(lines).allSatisfy(l -> assertThat(l.getBillingCurrency()).isEqualTo("CAD"));
        assertThat(sum(lines, true)).isEqualByComparingTo("1.26136926505726");
        CostLine first = lines.get(0);
        assertThat(first.getTags()).isEqualTo("{\"tagA\":\"valueA\",\"tagB\":\"valueB\",\"tagC\":\"valueC\"}");
        assertThat(first.getChargeFrequency()).isEqualTo("Usage-Based");
        assertThat(first.getPricingCategory()).isEqualTo("Standard");
        assertThat(first.getListCost()).as("PayGPrice x Quantity").isEqualByComparingTo(
                new BigDecimal("0.40000").multiply(new BigDecimal("0.027265128")));
    }

    private static List<CostLine> mapAll(Path file) throws Exception {
        List<CostLine> lines = new ArrayList<>();
        try (CsvBillFile csv = CsvBillFile.open(file)) {
            BillFormatReader format = BillFormats.detect(csv.header()).orElseThrow();
            assertThat(format).isInstanceOf(AzureCostDetailsFormat.class);
            assertThat(format.check(csv.header()).problems()).isEmpty();
            var mapper = format.rowMapper(csv.header());
            for (Optional<BillRecord> record = csv.next(); record.isPresent(); record = csv.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }
        return lines;
    }

    private static BigDecimal sum(List<CostLine> lines, boolean billed) {
        return lines.stream().map(billed ? CostLine::getBilledCost : CostLine::getEffectiveCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

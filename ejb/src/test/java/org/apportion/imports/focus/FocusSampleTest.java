package org.apportion.imports.focus;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.apportion.imports.BillRecord;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public FOCUS 1.0 sample maps row by row, and its totals come out exact. */
class FocusSampleTest {

    static final Path SAMPLE = Path.of(System.getProperty("apportion.testdata", "../testdata"))
            .resolve("bills/focus-1.0/focus_sample.csv");

    @Test
    void everyRowOfTheSampleMapsAndTheTotalsAreExact() throws Exception {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        int rows = 0;
        try (CsvBillFile file = CsvBillFile.open(SAMPLE)) {
            FocusRowMapper mapper = new FocusRowMapper(FocusHeader.of(file.header()));
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                CostLine line = mapper.toCostLine(1, record.get());
                billed = billed.add(line.getBilledCost());
                effective = effective.add(line.getEffectiveCost());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(1000);
        assertThat(billed).isEqualByComparingTo("20.52022672899");
        assertThat(effective).isEqualByComparingTo("14.97651418586");
    }
}

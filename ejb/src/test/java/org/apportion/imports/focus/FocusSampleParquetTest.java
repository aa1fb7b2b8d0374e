package org.apportion.imports.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.CsvBillFile;
import org.apportion.imports.ParquetTestFiles;
import org.apportion.imports.RowValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public FOCUS 1.0 sample written as Parquet the way exports type it (amounts DECIMAL(38,18), periods
 * TIMESTAMP, the rest STRING) imports with the CSV's own row count and totals. With
 * {@code -Dapportion.write.focus.parquet=<file>} it also writes the file the integration tests import
 * ({@code testdata/bills/focus-1.0/focus_sample.parquet}).
 */
class FocusSampleParquetTest {

    private static final List<String> AMOUNTS = List.of("BilledCost", "ContractedCost", "ContractedUnitPrice",
            "EffectiveCost", "ListCost", "ListUnitPrice", "PricingQuantity", "ConsumedQuantity");
    private static final List<String> TIMESTAMPS = List.of("BillingPeriodEnd", "BillingPeriodStart",
            "ChargePeriodEnd", "ChargePeriodStart");

    @TempDir
    Path dir;

    @Test
    void theFocusSampleAsParquetImportsWithTheCsvsTotals() throws Exception {
        Path parquet = dir.resolve("focus_sample.parquet");
        convert(FocusSampleTest.SAMPLE, parquet);
        String target = System.getProperty("apportion.write.focus.parquet");
        if (target != null) {
            Files.copy(parquet, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        List<CostLine> lines = read(parquet);

        assertThat(lines).hasSize(1000);
        assertThat(lines.stream().map(CostLine::getBilledCost).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("20.52022672899");
        assertThat(lines.stream().map(CostLine::getEffectiveCost).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("14.97651418586");
    }

    static void convert(Path csv, Path parquet) throws Exception {
        try (CsvBillFile source = CsvBillFile.open(csv)) {
            List<String> header = source.header();
            MessageType schema = MessageTypeParser.parseMessageType(header.stream().map(FocusSampleParquetTest::field)
                    .collect(Collectors.joining("\n", "message focus {\n", "\n}")));
            try (ParquetWriter<Group> writer = ParquetTestFiles.writer(parquet, schema)) {
                SimpleGroupFactory groups = new SimpleGroupFactory(schema);
                for (Optional<BillRecord> row = source.next(); row.isPresent(); row = source.next()) {
                    writer.write(group(groups.newGroup(), header, row.get()));
                }
            }
        }
    }

    private static String field(String column) {
        if (AMOUNTS.contains(column)) {
            return "optional fixed_len_byte_array(16) " + column + " (DECIMAL(38,18));";
        }
        return TIMESTAMPS.contains(column) ? "optional int64 " + column + " (TIMESTAMP(MICROS,true));"
                : "optional binary " + column + " (STRING);";
    }

    private static Group group(Group group, List<String> header, BillRecord row) {
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = RowValues.nullIfEmpty(row.value(i));
            if (value == null) {
                continue;
            }
            if (AMOUNTS.contains(column)) {
                group.append(column, ParquetTestFiles.fixedDecimal(new BigDecimal(value), 18));
            } else if (TIMESTAMPS.contains(column)) {
                LocalDateTime time = RowValues.parseUtc(value);
                group.append(column, time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L);
            } else {
                group.append(column, value);
            }
        }
        return group;
    }

    private static List<CostLine> read(Path parquet) throws Exception {
        List<CostLine> lines = new ArrayList<>();
        try (BillFile bill = BillFiles.open(parquet)) {
            BillFormatReader format = BillFormats.detect(bill.header()).orElseThrow();
            List<String> columns = format.columns(bill.header());
            bill.readColumns(columns);
            BillRowMapper mapper = format.rowMapper(columns);
            for (Optional<BillRecord> record = bill.next(); record.isPresent(); record = bill.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }
        return lines;
    }
}

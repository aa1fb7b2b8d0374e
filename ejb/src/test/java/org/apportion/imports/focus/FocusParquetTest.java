package org.apportion.imports.focus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.ParquetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A FOCUS export delivered as Parquet maps like its CSV form, and its totals come out exact. */
class FocusParquetTest {

    private static final MessageType FOCUS = MessageTypeParser.parseMessageType("""
            message focus {
              required fixed_len_byte_array(16) BilledCost (DECIMAL(38,18));
              required binary BillingAccountId (STRING);
              optional binary BillingAccountName (STRING);
              required binary BillingCurrency (STRING);
              required int64 BillingPeriodEnd (TIMESTAMP(MICROS,true));
              required int64 BillingPeriodStart (TIMESTAMP(MICROS,true));
              required binary ChargeCategory (STRING);
              optional binary ChargeClass (STRING);
              optional binary ChargeDescription (STRING);
              optional binary ChargeFrequency (STRING);
              required int64 ChargePeriodEnd (TIMESTAMP(MILLIS,true));
              required int64 ChargePeriodStart (TIMESTAMP(MILLIS,true));
              optional fixed_len_byte_array(16) ContractedCost (DECIMAL(38,18));
              required fixed_len_byte_array(16) EffectiveCost (DECIMAL(38,18));
              required binary InvoiceIssuerName (STRING);
              optional fixed_len_byte_array(16) ListCost (DECIMAL(38,18));
              optional fixed_len_byte_array(16) PricingQuantity (DECIMAL(38,18));
              optional binary PricingUnit (STRING);
              required binary ProviderName (STRING);
              optional binary PublisherName (STRING);
              required binary ServiceCategory (STRING);
              required binary ServiceName (STRING);
              optional binary SubAccountId (STRING);
              optional binary SubAccountName (STRING);
              optional binary RegionId (STRING);
              optional group Tags (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  optional binary value (STRING);
                }
              }
              optional binary x_UsageType (STRING);
            }""");

    private static final int ROWS = 250;
    private static final Instant PERIOD_START = Instant.parse("2024-09-01T00:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2024-10-01T00:00:00Z");
    /** 32 significant digits: a double keeps 15 to 17 of them. */
    private static final BigDecimal UNIT = new BigDecimal("98765432109876.123456789012345678");

    @TempDir
    Path dir;

    @Test
    void mapsEveryRowThroughTheFocusReaderWithExactTotals() throws Exception {
        Path file = dir.resolve("focus.parquet");
        List<BigDecimal> billedCosts = new ArrayList<>();
        List<BigDecimal> effectiveCosts = new ArrayList<>();
        try (ParquetWriter<Group> writer = ParquetTestFiles.writer(file, FOCUS)) {
            SimpleGroupFactory rows = new SimpleGroupFactory(FOCUS);
            for (int row = 1; row <= ROWS; row++) {
                BigDecimal billed = billedCost(row);
                BigDecimal effective = billed.multiply(new BigDecimal("0.7")).setScale(18, RoundingMode.DOWN);
                billedCosts.add(billed);
                effectiveCosts.add(effective);
                writer.write(row(rows.newGroup(), row, billed, effective));
            }
        }

        List<CostLine> lines = new ArrayList<>();
        try (BillFile bill = BillFiles.open(file)) {
            BillFormatReader format = BillFormats.detect(bill.header()).orElseThrow();
            assertThat(format.format()).isEqualTo(BillFormat.FOCUS);
            assertThat(format.check(bill.header()).problems()).isEmpty();
            List<String> columns = format.columns(bill.header());
            bill.readColumns(columns);
            BillRowMapper mapper = format.rowMapper(columns);
            for (Optional<BillRecord> record = bill.next(); record.isPresent(); record = bill.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }

        assertThat(lines).hasSize(ROWS);
        assertThat(total(lines, CostLine::getBilledCost)).isEqualByComparingTo(sum(billedCosts));
        assertThat(total(lines, CostLine::getEffectiveCost)).isEqualByComparingTo(sum(effectiveCosts));

        CostLine first = lines.get(0);
        assertThat(first.getSourceLine()).isEqualTo(2);
        assertThat(first.getBilledCost()).isEqualByComparingTo(billedCost(1));
        assertThat(first.getBillingPeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 1, 0, 0));
        assertThat(first.getChargePeriodStart()).isEqualTo(LocalDateTime.of(2024, 9, 1, 1, 0));
        assertThat(first.getChargePeriodEnd()).isEqualTo(LocalDateTime.of(2024, 9, 1, 2, 0));
        assertThat(first.getTags()).isEqualTo("{\"team\":\"payments\",\"env\":\"prod\"}");
        assertThat(first.getProviderExtras()).isEqualTo("{\"x_UsageType\":\"BoxUsage:m7g.large\"}");

        CostLine credit = lines.get(2);
        assertThat(credit.getChargeCategory()).isEqualTo("Credit");
        assertThat(credit.getBilledCost()).isNegative();
        assertThat(credit.getListCost()).as("a null decimal").isNull();
        assertThat(credit.getContractedCost()).isNull();
        assertThat(credit.getTags()).as("a null map").isNull();
        assertThat(credit.getSubAccountName()).isNull();
    }

    /** Every third row a credit; the rest usage costing row × UNIT plus a last-digit fraction. */
    private static BigDecimal billedCost(int row) {
        BigDecimal cost = UNIT.multiply(BigDecimal.valueOf(row)).add(new BigDecimal("0.000000000000000001"));
        return row % 3 == 0 ? cost.negate() : cost;
    }

    private static Group row(Group group, int row, BigDecimal billed, BigDecimal effective) {
        boolean credit = row % 3 == 0;
        Instant chargeStart = PERIOD_START.plus(row % 700, ChronoUnit.HOURS);
        group.append("BilledCost", ParquetTestFiles.fixedDecimal(billed, 18))
                .append("BillingAccountId", "123456789012")
                .append("BillingAccountName", "SunBird")
                .append("BillingCurrency", "USD")
                .append("BillingPeriodEnd", micros(PERIOD_END))
                .append("BillingPeriodStart", micros(PERIOD_START))
                .append("ChargeCategory", credit ? "Credit" : "Usage")
                .append("ChargeDescription", "line " + row)
                .append("ChargePeriodEnd", chargeStart.plus(1, ChronoUnit.HOURS).toEpochMilli())
                .append("ChargePeriodStart", chargeStart.toEpochMilli())
                .append("EffectiveCost", ParquetTestFiles.fixedDecimal(effective, 18))
                .append("InvoiceIssuerName", "Amazon Web Services, Inc.")
                .append("PricingQuantity", ParquetTestFiles.fixedDecimal(BigDecimal.valueOf(row), 18))
                .append("PricingUnit", "Hours")
                .append("ProviderName", "AWS")
                .append("PublisherName", "Amazon Web Services, Inc.")
                .append("ServiceCategory", "Compute")
                .append("ServiceName", "Amazon Elastic Compute Cloud")
                .append("SubAccountId", "210987654321")
                .append("RegionId", "eu-central-1");
        if (!credit) {
            group.append("ChargeFrequency", "Usage-Based")
                    .append("ContractedCost", ParquetTestFiles.fixedDecimal(billed, 18))
                    .append("ListCost", ParquetTestFiles.fixedDecimal(billed, 18))
                    .append("SubAccountName", "payments-prod")
                    .append("x_UsageType", "BoxUsage:m7g.large");
            Group tags = group.addGroup("Tags");
            tags.addGroup("key_value").append("key", "team").append("value", "payments");
            tags.addGroup("key_value").append("key", "env").append("value", "prod");
        }
        return group;
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static BigDecimal total(List<CostLine> lines, Function<CostLine, BigDecimal> cost) {
        return lines.stream().map(cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<BigDecimal> costs) {
        return costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

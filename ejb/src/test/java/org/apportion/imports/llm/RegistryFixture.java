package org.apportion.imports.llm;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apportion.imports.BillFile;
import org.apportion.imports.BillFiles;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillFormats;
import org.apportion.imports.BillRecord;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.CostLine;
import org.apportion.imports.ImportContext;
import org.apportion.imports.RowValues;
import org.apportion.pricing.ModelPrice;
import org.apportion.pricing.ModelPriceBook;
import org.apportion.pricing.TokenPrices;

import static org.assertj.core.api.Assertions.assertThat;

/** Registry prices made in a test, the import context holding them, and reading a sample report through it. */
public final class RegistryFixture {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private RegistryFixture() {
    }

    /** A USD price per million tokens valid from {@code from} on: input, output, cached, cache write, batch in/out. */
    public static ModelPrice price(String provider, String model, LocalDate from, String... perMillion) {
        BigDecimal[] p = Arrays.stream(perMillion).map(v -> v == null ? null : new BigDecimal(v))
                .toArray(BigDecimal[]::new);
        return new ModelPrice(provider, model, new TokenPrices("USD", p[0], p[1], p[2], p[3], p[4], p[5]), from, null,
                "test");
    }

    public static ImportContext context(String provider, ModelPrice... prices) {
        ModelPriceBook book = ModelPriceBook.of(provider, List.of(prices));
        return new ImportContext(p -> {
            assertThat(p).isEqualTo(provider);
            return book;
        });
    }

    /** What {@code tokens} cost at {@code pricePerMillion}, computed here independently of the code under test. */
    public static BigDecimal cost(long tokens, String pricePerMillion) {
        return BigDecimal.valueOf(tokens).multiply(new BigDecimal(pricePerMillion)).divide(MILLION);
    }

    public static BigDecimal cost(BigDecimal tokens, BigDecimal pricePerMillion) {
        return tokens.multiply(pricePerMillion).divide(MILLION);
    }

    public static Path sample(String name) {
        return Path.of("src/test/resources/llm").resolve(name);
    }

    /** Reads a sample as the import job does: detect the format, fix its columns, map every row. */
    public static List<CostLine> importSample(String name, Class<? extends BillFormatReader> expected,
                                              String version, ImportContext context) throws Exception {
        List<CostLine> lines = new ArrayList<>();
        try (BillFile file = BillFiles.open(sample(name))) {
            BillFormatReader format = BillFormats.detect(file.header()).orElseThrow();
            assertThat(format).isInstanceOf(expected);
            BillFormatReader.HeaderCheck check = format.check(file.header());
            assertThat(check.problems()).isEmpty();
            assertThat(check.version()).isEqualTo(version);
            List<String> columns = format.columns(file.header());
            file.readColumns(columns);
            BillRowMapper mapper = format.rowMapper(columns, context);
            for (Optional<BillRecord> record = file.next(); record.isPresent(); record = file.next()) {
                lines.add(mapper.toCostLine(1, record.get()));
            }
        }
        return lines;
    }

    public static JsonObject extras(CostLine line) {
        try (var reader = RowValues.JSON.createReader(new StringReader(line.getProviderExtras()))) {
            return reader.readObject();
        }
    }

    public static BigDecimal extraNumber(CostLine line, String name) {
        JsonObject extras = extras(line);
        return extras.containsKey(name) ? new BigDecimal(extras.getString(name)) : BigDecimal.ZERO;
    }
}

package org.apportion.imports.llm;

import java.util.List;
import java.util.function.Predicate;
import org.apportion.imports.BillFormat;
import org.apportion.imports.BillFormatReader;
import org.apportion.imports.BillRowMapper;
import org.apportion.imports.ImportContext;
import org.apportion.imports.RowProblem;

/**
 * An LLM provider's admin-API reports read through {@code JsonBillFile}: a usage report (tokens, priced from
 * the registry) and a cost report (amounts as billed). Which of the two a file holds shows in its first
 * record's fields; each report reads a fixed list of columns, so a result missing a field reads it as null.
 */
public abstract class LlmReportFormat implements BillFormatReader {

    /**
     * One kind of report: its version name, how messages call it, the fields that show it, the fields it
     * cannot do without, and the columns it is read as.
     */
    public record Report(String version, String name, Predicate<List<String>> shows, List<String> required,
                            List<String> columns) {
    }

    private final BillFormat format;
    private final String provider;
    private final String registryProvider;
    private final String bucketStart;
    private final Report usage;
    private final Report costs;

    protected LlmReportFormat(BillFormat format, String provider, String registryProvider, String bucketStart,
                              Report usage, Report costs) {
        this.format = format;
        this.provider = provider;
        this.registryProvider = registryProvider;
        this.bucketStart = bucketStart;
        this.usage = usage;
        this.costs = costs;
    }

    /** How the cost report names the tokens a line bills, to set it against the usage report. */
    public abstract CostReportTokens costReportTokens();

    /** Whether a batch of this format read with {@code version} holds a cost report (not usage). */
    public boolean isCostReport(String version) {
        return costs.version().equals(version);
    }

    /** The provider's name in the model price registry. */
    public String registryProvider() {
        return registryProvider;
    }

    /** Maps a cost report's rows: they carry their cost. */
    protected abstract BillRowMapper costMapper(List<String> columns);

    /** Maps a usage report's rows, pricing their tokens. */
    protected abstract BillRowMapper usageMapper(List<String> columns, UsagePricing pricing);

    @Override
    public BillFormat format() {
        return format;
    }

    @Override
    public boolean recognises(List<String> header) {
        return header.contains(bucketStart) && (usage.shows().test(header) || costs.shows().test(header));
    }

    private Report report(List<String> header) {
        return usage.shows().test(header) ? usage : costs;
    }

    @Override
    public HeaderCheck check(List<String> header) {
        Report report = report(header);
        List<RowProblem> missing = report.required().stream().filter(c -> !header.contains(c))
                .map(c -> new RowProblem(1, c, null, "field required in an " + provider + " " + report.name()
                        + " result is missing"))
                .toList();
        return new HeaderCheck(report.version(), missing);
    }

    @Override
    public List<String> columns(List<String> header) {
        return report(header).columns();
    }

    /** Cost reports need nothing more; usage needs the price registry: see {@link #rowMapper(List, ImportContext)}. */
    @Override
    public BillRowMapper rowMapper(List<String> columns) {
        if (report(columns) == usage) {
            throw new IllegalStateException(provider + " usage is priced from the model price registry: "
                    + "map it with rowMapper(columns, ImportContext)");
        }
        return costMapper(columns);
    }

    @Override
    public BillRowMapper rowMapper(List<String> columns, ImportContext context) {
        return report(columns) == usage ? usageMapper(columns, new UsagePricing(context.priceBook(registryProvider)))
                : costMapper(columns);
    }
}

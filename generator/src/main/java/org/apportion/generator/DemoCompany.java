package org.apportion.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo data set of {@code ./apportion run}: thirteen full months of the fictional company ending last month
 * (relative to a given today; fewer on request, for tests), small enough to import in well under a minute. FOCUS 1.0 for the company's clouds
 * (one file, a few thousand rows a month), AWS CUR 2.0 for the acquired Northwind Freight's AWS organization (one
 * file per billing period; left out of the FOCUS file, so that neither restates the other), the OpenAI and
 * Anthropic usage reports and the hosting vendor's invoice per month. The same seed and today give the same bytes.
 * Its {@link DemoCostModel} (cost centers, allocation rules, request telemetry) charges those bills to the teams.
 */
public final class DemoCompany {

    public static final long SEED = 20_250_101L;
    static final int FOCUS_ROWS_PER_MONTH = 3_000;
    static final int CUR_CHARGES_PER_MONTH = 400;
    /** How many months the data set covers unless told otherwise. */
    public static final int MONTHS = 13;
    /** The currencies the data set is billed in: the clouds and LLM providers in USD, the hosting vendor in EUR. */
    private static final List<String> BILLING_CURRENCIES = List.of(FocusBillGenerator.CURRENCY,
            HostingInvoiceGenerator.CURRENCY);

    /** A saved column mapping a file is read through: its name and its JSON definition. */
    public record ColumnMapping(String name, String json) {
    }

    /**
     * A written file: where, the format to import it as (a {@code BillFormat} name of the import API), the
     * mapping it needs (format {@code CSV_MAPPED}), and what the generator wrote into it.
     */
    public record DemoFile(Path path, String format, Optional<ColumnMapping> mapping, String written) {
    }

    private final long seed;
    private final int months;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final DemoCostModel costModel;

    public DemoCompany(LocalDate today) {
        this(SEED, today);
    }

    public DemoCompany(long seed, LocalDate today) {
        this(seed, today, MONTHS);
    }

    /** The {@code months} full months before {@code today}'s. */
    public DemoCompany(long seed, LocalDate today, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be 1 or more, was " + months);
        }
        this.seed = seed;
        this.months = months;
        this.lastMonth = YearMonth.from(today).minusMonths(1);
        this.firstMonth = lastMonth.minusMonths(months - 1);
        this.costModel = new DemoCostModel(seed + 3, firstMonth, lastMonth);
    }

    public YearMonth firstMonth() {
        return firstMonth;
    }

    public YearMonth lastMonth() {
        return lastMonth;
    }

    public List<String> billingCurrencies() {
        return BILLING_CURRENCIES;
    }

    public DemoCostModel costModel() {
        return costModel;
    }

    /** The company's cost centers, parents first: see {@link DemoCostModel#costCenters()}. */
    public List<DemoCostModel.CostCenter> costCenters() {
        return costModel.costCenters();
    }

    /** The rules that charge the data set to the teams: see {@link DemoCostModel#allocationRules()}. */
    public List<DemoCostModel.Rule> allocationRules() {
        return costModel.allocationRules();
    }

    /** The platform's request telemetry of the data set's months: see {@link DemoCostModel#usageMetricsCsv()}. */
    public String usageMetricsCsv() {
        return costModel.usageMetricsCsv();
    }

    /** EUR → USD rates for every business day of the data set's months, as {@code /api/v1/fx-rates/import} reads. */
    public String fxRatesCsv() {
        return DemoFxRates.csv(seed + 5, firstMonth, lastMonth);
    }

    /** Writes the data set into {@code directory} (created if missing; files of the same names replaced). */
    public List<DemoFile> writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<DemoFile> files = new ArrayList<>();
        files.add(focus(directory));
        Cur2BillGenerator cur = new Cur2BillGenerator(new BillSpec(seed + 1, (long) CUR_CHARGES_PER_MONTH * months,
                firstMonth, lastMonth));
        PeriodSpec period = new PeriodSpec(seed + 2, firstMonth, lastMonth);
        OpenAiUsageGenerator openAi = new OpenAiUsageGenerator(period);
        AnthropicUsageGenerator anthropic = new AnthropicUsageGenerator(period);
        HostingInvoiceGenerator hosting = new HostingInvoiceGenerator(period);
        ColumnMapping mapping = new ColumnMapping(HostingInvoiceGenerator.MAPPING_NAME, HostingInvoiceGenerator.MAPPING);
        List<DemoFile> curFiles = new ArrayList<>();
        List<DemoFile> openAiFiles = new ArrayList<>();
        List<DemoFile> anthropicFiles = new ArrayList<>();
        List<DemoFile> invoices = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            Path curFile = directory.resolve("cur2-" + cur.payerAccountId() + "-" + month + ".csv");
            curFiles.add(new DemoFile(curFile, "AWS_CUR2", Optional.empty(), cur.writeBillingPeriod(month, curFile).toString()));
            Path openAiFile = directory.resolve("openai-usage-completions-" + month + ".json");
            openAiFiles.add(new DemoFile(openAiFile, "OPENAI", Optional.empty(), openAi.writeMonth(month, openAiFile).toString()));
            Path anthropicFile = directory.resolve("anthropic-usage-messages-" + month + ".json");
            anthropicFiles.add(new DemoFile(anthropicFile, "ANTHROPIC", Optional.empty(),
                    anthropic.writeMonth(month, anthropicFile).toString()));
            Path invoice = directory.resolve("hosting-invoice-" + month + ".csv");
            invoices.add(new DemoFile(invoice, "CSV_MAPPED", Optional.of(mapping), hosting.writeMonth(month, invoice).toString()));
        }
        files.addAll(curFiles);
        files.addAll(openAiFiles);
        files.addAll(anthropicFiles);
        files.addAll(invoices);
        return files;
    }

    private DemoFile focus(Path directory) throws IOException {
        Path file = directory.resolve("focus-1.0-northwind-" + firstMonth + "-to-" + lastMonth + ".csv");
        BillSpec spec = new BillSpec(seed, (long) FOCUS_ROWS_PER_MONTH * months, firstMonth, lastMonth);
        FocusBillGenerator focus = new FocusBillGenerator(spec,
                account -> account.billingAccount() != FictionalCompany.AWS_ACQUIRED);
        return new DemoFile(file, "FOCUS", Optional.empty(), focus.write(file).toString());
    }
}

package org.apportion.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the monthly invoice export of the company's hosting vendor, Example Hosting GmbH, in the shape of
 * {@code testdata/bills/saas/hosting-invoice-2025-03.csv}: managed Postgres hours, object storage that grows month
 * by month, a support plan and, after some incidents, a service level credit; dd.MM.yyyy dates, EUR. Apportion
 * reads it through the column mapping {@link #MAPPING} saved as {@value #MAPPING_NAME}. Deterministic by
 * {@link PeriodSpec}; the returned totals are the sums of {@code Amount} (billed = effective = list = contracted,
 * as the mapping derives them).
 */
public final class HostingInvoiceGenerator {

    public static final String MAPPING_NAME = "hosting";
    /** The ProviderName the mapping gives every line of the invoice. */
    static final String PROVIDER = "Example Hosting GmbH";
    /** The column mapping the invoice is read through (the one {@code MappedCsvImportIT} saves). */
    public static final String MAPPING = """
            {"description": "Example Hosting GmbH monthly invoice export",
             "columns": {"ChargePeriodStart": "Date", "SubAccountId": "Project", "ServiceName": "Product",
                         "ChargeDescription": "Description", "PricingQuantity": "Quantity", "PricingUnit": "Unit",
                         "BilledCost": "Amount", "BillingCurrency": "Currency", "ChargeCategory": "Product"},
             "constants": {"BillingAccountId": "ACME-4711", "ProviderName": "Example Hosting GmbH"},
             "values": {"ChargeCategory": {"Credit": "Credit", "Managed Postgres": "Usage", "Object Storage": "Usage",
                                           "Support": "Purchase"}},
             "dateFormat": "dd.MM.yyyy"}""";
    public static final List<String> HEADER = List.of("Invoice", "Date", "Project", "Product", "Description", "Quantity",
            "Unit", "Amount", "Currency");

    static final String CURRENCY = "EUR";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final BigDecimal POSTGRES_HOUR_PER_VCPU = new BigDecimal("0.05");
    private static final BigDecimal STORAGE_GB_MONTH = new BigDecimal("0.02");
    private static final BigDecimal SUPPORT_MONTH = new BigDecimal("49.00");
    /** Storage growth per month in per mille. */
    private static final int STORAGE_GROWTH = 40;

    /** A managed database of a project: its size, and from which month of the series it runs. */
    private record Database(String project, int vCpus, int fromMonth) {
    }

    /** A project's object storage at the first month. */
    private record Storage(String project, int gigabytes) {
    }

    private static final List<Database> DATABASES = List.of(new Database("web-shop", 4, 0),
            new Database("web-shop", 2, 5), new Database("support-portal", 2, 2));
    private static final List<Storage> STORAGE = List.of(new Storage("web-shop", 512), new Storage("data-lake", 4096),
            new Storage("support-portal", 64));
    private static final String SUPPORTED_PROJECT = "data-lake";

    private final PeriodSpec spec;
    /** The months (indices in the series) with an incident the vendor credits: about one in four. */
    private final Set<Integer> incidentMonths = new HashSet<>();

    public HostingInvoiceGenerator(PeriodSpec spec) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(spec.seed());
        int incidents = Math.max(1, spec.months() / 4);
        while (incidentMonths.size() < incidents) {
            incidentMonths.add(random.nextInt(spec.months()));
        }
    }

    /** The projects the invoice bills (its SubAccountId once imported), in order of first appearance. */
    static Set<String> projects() {
        Set<String> projects = new LinkedHashSet<>();
        DATABASES.forEach(d -> projects.add(d.project()));
        STORAGE.forEach(s -> projects.add(s.project()));
        projects.add(SUPPORTED_PROJECT);
        return Collections.unmodifiableSet(projects);
    }

    public BillTotals writeMonth(YearMonth month, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            return writeMonth(month, out);
        }
    }

    /** Writes the month's invoice to {@code out} (flushed, not closed) and returns what its amounts add up to. */
    public BillTotals writeMonth(YearMonth month, Writer out) throws IOException {
        spec.requireCovers(month);
        SplittableRandom random = new SplittableRandom(spec.monthSeed(month));
        int monthIndex = spec.monthIndex(month);
        Invoice invoice = new Invoice(new CSVPrinter(out, CSV), "INV-%d-%02d%02d".formatted(month.getYear(),
                month.getMonthValue(), 10 + random.nextInt(30)));
        invoice.printer.printRecord(HEADER);
        long hours = month.lengthOfMonth() * 24L;
        for (Database database : DATABASES) {
            if (monthIndex >= database.fromMonth()) {
                invoice.line(month.atDay(1), database.project(), "Managed Postgres",
                        "Managed Postgres, " + database.vCpus() + " vCPU", hours, "Hours",
                        POSTGRES_HOUR_PER_VCPU.multiply(BigDecimal.valueOf(database.vCpus())));
            }
        }
        for (Storage storage : STORAGE) {
            long gigabytes = Math.round(storage.gigabytes() * (1 + STORAGE_GROWTH / 1000.0 * monthIndex)
                    * (0.97 + random.nextInt(61) / 1000.0));
            invoice.line(month.atDay(1), storage.project(), "Object Storage", "Object storage " + gigabytes + " GB",
                    gigabytes, "GB-Month", STORAGE_GB_MONTH);
        }
        invoice.line(month.atDay(1), SUPPORTED_PROJECT, "Support", "Business support plan", 1, "Month", SUPPORT_MONTH);
        if (incidentMonths.contains(monthIndex)) {
            LocalDate incident = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            BigDecimal credit = new BigDecimal(5 + random.nextInt(20) + ".50").negate();
            invoice.line(month.atEndOfMonth(), "web-shop", "Credit", "Service level credit (incident " + incident + ")",
                    1, "Each", credit);
        }
        invoice.printer.flush();
        return invoice.totals.totals();
    }

    /** The invoice being written: its printer, number and running totals. */
    private static final class Invoice {
        private final CSVPrinter printer;
        private final String number;
        private final BillTotals.Counter totals = new BillTotals.Counter();

        Invoice(CSVPrinter printer, String number) {
            this.printer = printer;
            this.number = number;
        }

        void line(LocalDate date, String project, String product, String description, long quantity, String unit,
                  BigDecimal unitPrice) throws IOException {
            BigDecimal amount = unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
            printer.printRecord(number, DATE.format(date), project, product, description, quantity, unit,
                    amount.toPlainString(), CURRENCY);
            totals.add(CURRENCY, amount, amount, amount, amount);
        }
    }
}

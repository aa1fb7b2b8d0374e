package org.apportion.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.apportion.generator.CloudCharges.Charge;
import org.apportion.generator.FictionalCompany.Commitment;
import org.apportion.generator.FictionalCompany.Provider;
import org.apportion.generator.FictionalCompany.Service;
import org.apportion.generator.FictionalCompany.SubAccount;
import org.apportion.generator.Resources.Resource;

import static org.apportion.generator.FocusBillGenerator.Column.*;

/**
 * Writes a realistic FOCUS 1.0 CSV bill of {@link FictionalCompany}: the charges {@link CloudCharges} draws
 * (office-hours and weekday seasonality, monthly growth, a few spikes) as commitment-covered and on-demand usage,
 * commitment purchases, tax and credits of all three providers. The same {@link BillSpec} gives the same bytes.
 * Rows are streamed: memory does not grow with the row count. Amounts are exact decimals (scale 10), all USD;
 * {@link #write} returns their sums.
 */
public final class FocusBillGenerator {

    /**
     * The columns, in the order of the FOCUS 1.0 sample's header (testdata/bills/focus-1.0) less its row
     * number "Id". The constants are spelled as the FOCUS column names they write.
     */
    enum Column {
        AvailabilityZone, BilledCost, BillingAccountId, BillingAccountName, BillingCurrency, BillingPeriodEnd,
        BillingPeriodStart, ChargeCategory, ChargeClass, ChargeDescription, ChargeFrequency, ChargePeriodEnd,
        ChargePeriodStart, CommitmentDiscountCategory, CommitmentDiscountId, CommitmentDiscountName,
        CommitmentDiscountStatus, CommitmentDiscountType, ConsumedQuantity, ConsumedUnit, ContractedCost,
        ContractedUnitPrice, EffectiveCost, InvoiceIssuerName, ListCost, ListUnitPrice, PricingCategory,
        PricingQuantity, PricingUnit, ProviderName, PublisherName, RegionId, RegionName, ResourceId, ResourceName,
        ResourceType, ServiceCategory, ServiceName, SkuId, SkuPriceId, SubAccountId, SubAccountName, Tags
    }

    private static final int MONEY_SCALE = 10;
    static final String CURRENCY = "USD";
    private static final BigDecimal SALES_TAX_RATE = new BigDecimal("0.0825");
    private static final BigDecimal CREDIT_SHARE = new BigDecimal("0.5");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BillSpec spec;
    private final CloudCharges charges;

    /** The hour the current rows are charged for, with its texts formatted once. */
    private record Hour(CloudCharges.Hour hour, String startText, String endText, String periodStart, String periodEnd) {
    }

    public FocusBillGenerator(BillSpec spec) {
        this(spec, account -> true);
    }

    /** A bill of only the sub-accounts {@code accepted} accepts (the demo leaves out the one billed by CUR 2.0). */
    FocusBillGenerator(BillSpec spec, Predicate<SubAccount> accepted) {
        this.spec = spec;
        this.charges = new CloudCharges(spec, new FictionalCompany(), accepted);
    }

    /** The header the generated files carry. */
    public static List<String> header() {
        return Arrays.stream(Column.values()).map(Enum::name).toList();
    }

    public BillTotals write(Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return write(out);
        }
    }

    /** Writes header and rows to {@code out} (not closed) and returns what they add up to. */
    public BillTotals write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<Spike> spikes = charges.spikes(random);
        out.write(String.join(",", header().stream().map(h -> '"' + h + '"').toList()));
        out.write('\n');
        Object[] row = new Object[Column.values().length];
        StringBuilder line = new StringBuilder(1024);
        BillTotals.Counter totals = new BillTotals.Counter();
        Hour hour = null;
        for (long i = 0; i < spec.rows(); i++) {
            long hourIndex = charges.hourIndexOf(i);
            if (hour == null || hour.hour().index() != hourIndex) {
                hour = hour(charges.hour(hourIndex));
            }
            Arrays.fill(row, null);
            charge(row, charges.next(random, hour.hour(), spikes), hour);
            totals.add(CURRENCY, (BigDecimal) row[BilledCost.ordinal()], (BigDecimal) row[EffectiveCost.ordinal()],
                    (BigDecimal) row[ListCost.ordinal()], (BigDecimal) row[ContractedCost.ordinal()]);
            line.setLength(0);
            appendCsv(line, row);
            out.append(line);
        }
        out.flush();
        return totals.totals();
    }

    private static Hour hour(CloudCharges.Hour hour) {
        LocalDateTime start = hour.start();
        YearMonth month = hour.month();
        return new Hour(hour, TIMESTAMP.format(start), TIMESTAMP.format(start.plusHours(1)),
                TIMESTAMP.format(month.atDay(1).atStartOfDay()), TIMESTAMP.format(month.plusMonths(1).atDay(1).atStartOfDay()));
    }

    /** Fills one row: mostly usage, some commitment purchases, tax and credits. */
    private static void charge(Object[] row, Charge charge, Hour hour) {
        SubAccount account = charge.account();
        Provider provider = account.provider();
        Service service = charge.service();
        set(row, BillingAccountId, account.billingAccount().id());
        set(row, BillingAccountName, account.billingAccount().name());
        set(row, BillingCurrency, CURRENCY);
        set(row, BillingPeriodStart, hour.periodStart());
        set(row, BillingPeriodEnd, hour.periodEnd());
        set(row, ChargePeriodStart, hour.startText());
        set(row, ChargePeriodEnd, hour.endText());
        set(row, ProviderName, provider.name());
        set(row, PublisherName, provider.publisher());
        set(row, InvoiceIssuerName, provider.invoiceIssuer());
        set(row, SubAccountId, account.id());
        set(row, SubAccountName, account.name());
        set(row, ServiceName, service.name());
        set(row, ServiceCategory, service.category());
        switch (charge.kind()) {
            case COMMITMENT_FEE -> purchase(row, account);
            case TAX -> tax(row, service, charge.quantity());
            case CREDIT -> {
                resource(row, account, service, charge.resource());
                credit(row, provider, service, charge.quantity());
            }
            case USAGE -> {
                resource(row, account, service, charge.resource());
                usage(row, account, service, charge.resource(), charge.quantity());
            }
        }
    }

    private static void usage(Object[] row, SubAccount account, Service service, long resource, BigDecimal quantity) {
        Provider provider = account.provider();
        BigDecimal contractedPrice = contractedPrice(provider, service);
        BigDecimal list = money(quantity.multiply(service.listUnitPrice()));
        BigDecimal contracted = money(quantity.multiply(contractedPrice));
        boolean committed = Resources.committed(account, service, resource);
        set(row, ChargeCategory, "Usage");
        set(row, ChargeFrequency, "Usage-Based");
        set(row, ChargeDescription, "$" + service.listUnitPrice().toPlainString() + " per " + service.pricingUnit()
                + " for " + service.name() + " in " + row[RegionName.ordinal()]);
        set(row, PricingQuantity, quantity);
        set(row, PricingUnit, service.pricingUnit());
        set(row, ConsumedQuantity, quantity);
        set(row, ConsumedUnit, service.pricingUnit());
        set(row, ListUnitPrice, service.listUnitPrice());
        set(row, ContractedUnitPrice, contractedPrice);
        set(row, ListCost, list);
        set(row, ContractedCost, contracted);
        set(row, SkuId, service.skuId());
        set(row, SkuPriceId, service.skuId() + "." + (committed ? "COMMITTED" : "ONDEMAND"));
        if (committed) {
            // Covered usage is paid through the commitment's fee: nothing billed now, its amortized share is the cost.
            Commitment commitment = account.billingAccount().commitment();
            set(row, PricingCategory, "Committed");
            set(row, BilledCost, money(BigDecimal.ZERO));
            set(row, EffectiveCost, money(contracted.multiply(commitment.effectiveRate())));
            commitment(row, commitment);
            set(row, CommitmentDiscountStatus, "Used");
        } else {
            set(row, PricingCategory, "Standard");
            set(row, BilledCost, contracted);
            set(row, EffectiveCost, contracted);
        }
    }

    /** The hourly fee of the billing account's commitment: billed now, amortized into the usage it covers. */
    private static void purchase(Object[] row, SubAccount account) {
        Commitment commitment = account.billingAccount().commitment();
        Service compute = account.provider().services().getFirst();
        set(row, ServiceName, compute.name());
        set(row, ServiceCategory, compute.category());
        set(row, ChargeCategory, "Purchase");
        set(row, ChargeFrequency, "Recurring");
        set(row, ChargeDescription, commitment.name() + " recurring fee");
        set(row, PricingCategory, "Standard");
        set(row, PricingQuantity, BigDecimal.ONE);
        set(row, PricingUnit, compute.pricingUnit());
        set(row, ListUnitPrice, commitment.hourlyFee());
        set(row, ContractedUnitPrice, commitment.hourlyFee());
        set(row, BilledCost, commitment.hourlyFee());
        set(row, EffectiveCost, money(BigDecimal.ZERO));
        set(row, ListCost, commitment.hourlyFee());
        set(row, ContractedCost, commitment.hourlyFee());
        commitment(row, commitment);
    }

    /** Sales tax on a month's use of a service, charged for the whole billing period. */
    private static void tax(Object[] row, Service service, BigDecimal quantity) {
        BigDecimal tax = money(quantity.multiply(service.listUnitPrice()).multiply(SALES_TAX_RATE));
        set(row, ChargePeriodStart, row[BillingPeriodStart.ordinal()]);
        set(row, ChargePeriodEnd, row[BillingPeriodEnd.ordinal()]);
        set(row, ChargeCategory, "Tax");
        set(row, ChargeFrequency, "Recurring");
        set(row, ChargeDescription, "Sales tax on " + service.name());
        set(row, BilledCost, tax);
        set(row, EffectiveCost, tax);
        set(row, ListCost, tax);
        set(row, ContractedCost, tax);
    }

    private static void credit(Object[] row, Provider provider, Service service, BigDecimal quantity) {
        BigDecimal credit = money(quantity.multiply(contractedPrice(provider, service)).multiply(CREDIT_SHARE)).negate();
        set(row, ChargeCategory, "Credit");
        set(row, ChargeFrequency, "One-Time");
        set(row, ChargeDescription, switch (provider.name()) {
            case "AWS" -> "AWS Activate promotional credit";
            case "Microsoft" -> "Azure prepayment credit";
            default -> "Sustained use discount";
        });
        set(row, BilledCost, credit);
        set(row, EffectiveCost, credit);
        set(row, ListCost, money(BigDecimal.ZERO));
        set(row, ContractedCost, money(BigDecimal.ZERO));
    }

    private static void commitment(Object[] row, Commitment commitment) {
        set(row, CommitmentDiscountId, commitment.id());
        set(row, CommitmentDiscountName, commitment.name());
        set(row, CommitmentDiscountCategory, commitment.category());
        set(row, CommitmentDiscountType, commitment.type());
    }

    /** Where the resource runs, what it is called and how it is tagged. */
    private static void resource(Object[] row, SubAccount account, Service service, long identity) {
        Resource resource = Resources.of(account, service, identity);
        set(row, RegionId, resource.region().id());
        set(row, RegionName, resource.region().name());
        set(row, ResourceType, service.resourceType());
        set(row, ResourceId, resource.id());
        set(row, ResourceName, account.provider() == FictionalCompany.AWS ? null : resource.name());
        set(row, AvailabilityZone, resource.availabilityZone());
        set(row, Tags, tags(resource.tags()));
    }

    /** FOCUS's JSON object of tags, spaced as the FOCUS sample writes it. */
    private static String tags(Map<String, String> tags) {
        if (tags == null) {
            return null;
        }
        StringBuilder json = new StringBuilder(160).append('{');
        tags.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key)
                .append("\": \"").append(value).append('"'));
        return json.append('}').toString();
    }

    private static BigDecimal contractedPrice(Provider provider, Service service) {
        return money(service.listUnitPrice().multiply(BigDecimal.ONE.subtract(provider.negotiatedDiscount())));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private static void set(Object[] row, Column column, Object value) {
        row[column.ordinal()] = value;
    }

    /** Text quoted (quotes doubled), numbers bare, missing values as the literal NULL, as the FOCUS sample writes them. */
    private static void appendCsv(StringBuilder line, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = row[i];
            if (value == null) {
                line.append("NULL");
            } else if (value instanceof BigDecimal number) {
                line.append(number.toPlainString());
            } else {
                line.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        line.append('\n');
    }
}

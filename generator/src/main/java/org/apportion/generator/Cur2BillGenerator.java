package org.apportion.generator;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
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
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apportion.generator.AwsProducts.AwsProduct;
import org.apportion.generator.CloudCharges.Charge;
import org.apportion.generator.FictionalCompany.BillingAccount;
import org.apportion.generator.FictionalCompany.Commitment;
import org.apportion.generator.FictionalCompany.Service;
import org.apportion.generator.FictionalCompany.SubAccount;
import org.apportion.generator.Resources.Resource;

import static org.apportion.generator.Cur2BillGenerator.Column.*;

/**
 * Writes the AWS Cost and Usage Report 2.0 (AWS Data Exports, CSV, hourly, with resource ids) of one AWS
 * organization of {@link FictionalCompany}: by default the acquired Northwind Freight, payer 602214076022, and
 * its linked accounts. It bills the charges {@link CloudCharges} draws for them as line item types {@code Usage},
 * {@code SavingsPlanCoveredUsage} followed by its {@code SavingsPlanNegation}, {@code SavingsPlanRecurringFee},
 * {@code Tax} and {@code Credit}. {@link BillSpec#rows()} counts charges: a covered charge writes two line items.
 *
 * <p>The same spec gives the same bytes, and a billing period written alone ({@link #writeBillingPeriod}) holds
 * the same line items as in the whole range. Streamed: memory does not grow with the row count. The returned
 * totals (USD) are: billed and contracted = {@code line_item_unblended_cost}; list =
 * {@code pricing_public_on_demand_cost}, else unblended; effective = AWS's amortized cost (Usage, Tax, Credit:
 * unblended; covered usage: {@code savings_plan_savings_plan_effective_cost}; negation: 0; recurring fee:
 * {@code savings_plan_total_commitment_to_date} − {@code savings_plan_used_commitment}).
 */
public final class Cur2BillGenerator {

    /**
     * The CUR 2.0 table's columns in the order an export of all of them writes (AWS Data Exports table dictionary;
     * split cost allocation columns left out, as when that option is off). Each constant names its column in lower
     * case.
     */
    enum Column {
        BILL_BILL_TYPE, BILL_BILLING_ENTITY, BILL_BILLING_PERIOD_END_DATE, BILL_BILLING_PERIOD_START_DATE,
        BILL_INVOICE_ID, BILL_INVOICING_ENTITY, BILL_PAYER_ACCOUNT_ID, BILL_PAYER_ACCOUNT_NAME, COST_CATEGORY, DISCOUNT,
        DISCOUNT_BUNDLED_DISCOUNT, DISCOUNT_TOTAL_DISCOUNT, IDENTITY_LINE_ITEM_ID, IDENTITY_TIME_INTERVAL,
        LINE_ITEM_AVAILABILITY_ZONE, LINE_ITEM_BLENDED_COST, LINE_ITEM_BLENDED_RATE, LINE_ITEM_CURRENCY_CODE,
        LINE_ITEM_LEGAL_ENTITY, LINE_ITEM_LINE_ITEM_DESCRIPTION, LINE_ITEM_LINE_ITEM_TYPE, LINE_ITEM_NET_UNBLENDED_COST,
        LINE_ITEM_NET_UNBLENDED_RATE, LINE_ITEM_NORMALIZATION_FACTOR, LINE_ITEM_NORMALIZED_USAGE_AMOUNT,
        LINE_ITEM_OPERATION, LINE_ITEM_PRODUCT_CODE, LINE_ITEM_RESOURCE_ID, LINE_ITEM_TAX_TYPE, LINE_ITEM_UNBLENDED_COST,
        LINE_ITEM_UNBLENDED_RATE, LINE_ITEM_USAGE_ACCOUNT_ID, LINE_ITEM_USAGE_ACCOUNT_NAME, LINE_ITEM_USAGE_AMOUNT,
        LINE_ITEM_USAGE_END_DATE, LINE_ITEM_USAGE_START_DATE, LINE_ITEM_USAGE_TYPE, PRICING_CURRENCY,
        PRICING_LEASE_CONTRACT_LENGTH, PRICING_OFFERING_CLASS, PRICING_PUBLIC_ON_DEMAND_COST,
        PRICING_PUBLIC_ON_DEMAND_RATE, PRICING_PURCHASE_OPTION, PRICING_RATE_CODE, PRICING_RATE_ID, PRICING_TERM,
        PRICING_UNIT, PRODUCT, PRODUCT_COMMENT, PRODUCT_FEE_CODE, PRODUCT_FEE_DESCRIPTION, PRODUCT_FROM_LOCATION,
        PRODUCT_FROM_LOCATION_TYPE, PRODUCT_FROM_REGION_CODE, PRODUCT_INSTANCE_FAMILY, PRODUCT_INSTANCE_TYPE,
        PRODUCT_INSTANCESKU("product_instanceSKU"), PRODUCT_LOCATION, PRODUCT_LOCATION_TYPE, PRODUCT_OPERATION,
        PRODUCT_PRICING_UNIT, PRODUCT_PRODUCT_FAMILY, PRODUCT_REGION_CODE, PRODUCT_SERVICECODE, PRODUCT_SKU,
        PRODUCT_TO_LOCATION, PRODUCT_TO_LOCATION_TYPE, PRODUCT_TO_REGION_CODE, PRODUCT_USAGETYPE,
        RESERVATION_AMORTIZED_UPFRONT_COST_FOR_USAGE, RESERVATION_AMORTIZED_UPFRONT_FEE_FOR_BILLING_PERIOD,
        RESERVATION_AVAILABILITY_ZONE, RESERVATION_EFFECTIVE_COST, RESERVATION_END_TIME,
        RESERVATION_MODIFICATION_STATUS, RESERVATION_NET_AMORTIZED_UPFRONT_COST_FOR_USAGE,
        RESERVATION_NET_AMORTIZED_UPFRONT_FEE_FOR_BILLING_PERIOD, RESERVATION_NET_EFFECTIVE_COST,
        RESERVATION_NET_RECURRING_FEE_FOR_USAGE, RESERVATION_NET_UNUSED_AMORTIZED_UPFRONT_FEE_FOR_BILLING_PERIOD,
        RESERVATION_NET_UNUSED_RECURRING_FEE, RESERVATION_NET_UPFRONT_VALUE,
        RESERVATION_NORMALIZED_UNITS_PER_RESERVATION, RESERVATION_NUMBER_OF_RESERVATIONS,
        RESERVATION_RECURRING_FEE_FOR_USAGE, RESERVATION_RESERVATION_A_R_N, RESERVATION_START_TIME,
        RESERVATION_SUBSCRIPTION_ID, RESERVATION_TOTAL_RESERVED_NORMALIZED_UNITS, RESERVATION_TOTAL_RESERVED_UNITS,
        RESERVATION_UNITS_PER_RESERVATION, RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE_FOR_BILLING_PERIOD,
        RESERVATION_UNUSED_NORMALIZED_UNIT_QUANTITY, RESERVATION_UNUSED_QUANTITY, RESERVATION_UNUSED_RECURRING_FEE,
        RESERVATION_UPFRONT_VALUE, RESOURCE_TAGS, SAVINGS_PLAN_AMORTIZED_UPFRONT_COMMITMENT_FOR_BILLING_PERIOD,
        SAVINGS_PLAN_END_TIME, SAVINGS_PLAN_INSTANCE_TYPE_FAMILY,
        SAVINGS_PLAN_NET_AMORTIZED_UPFRONT_COMMITMENT_FOR_BILLING_PERIOD,
        SAVINGS_PLAN_NET_RECURRING_COMMITMENT_FOR_BILLING_PERIOD, SAVINGS_PLAN_NET_SAVINGS_PLAN_EFFECTIVE_COST,
        SAVINGS_PLAN_OFFERING_TYPE, SAVINGS_PLAN_PAYMENT_OPTION, SAVINGS_PLAN_PURCHASE_TERM,
        SAVINGS_PLAN_RECURRING_COMMITMENT_FOR_BILLING_PERIOD, SAVINGS_PLAN_REGION, SAVINGS_PLAN_SAVINGS_PLAN_A_R_N,
        SAVINGS_PLAN_SAVINGS_PLAN_EFFECTIVE_COST, SAVINGS_PLAN_SAVINGS_PLAN_RATE, SAVINGS_PLAN_START_TIME,
        SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE, SAVINGS_PLAN_USED_COMMITMENT;

        private final String column;

        Column() {
            this.column = name().toLowerCase(Locale.ROOT);
        }

        Column(String column) {
            this.column = column;
        }
    }

    private static final int MONEY_SCALE = 10;
    private static final String CURRENCY = "USD";
    private static final String AWS_INC = "Amazon Web Services, Inc.";
    private static final BigDecimal SALES_TAX_RATE = new BigDecimal("0.0825");
    private static final BigDecimal CREDIT_SHARE = new BigDecimal("0.5");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final BillSpec spec;
    private final BillingAccount payer;
    private final CloudCharges charges;
    private final List<Spike> spikes;

    /** The acquired Northwind Freight's AWS organization. */
    public Cur2BillGenerator(BillSpec spec) {
        this(spec, FictionalCompany.AWS_ACQUIRED);
    }

    Cur2BillGenerator(BillSpec spec, BillingAccount payer) {
        if (payer.provider() != FictionalCompany.AWS) {
            throw new IllegalArgumentException(payer.name() + " is not an AWS payer account");
        }
        this.spec = spec;
        this.payer = payer;
        this.charges = new CloudCharges(spec, new FictionalCompany(), a -> a.billingAccount() == payer);
        this.spikes = charges.spikes(new SplittableRandom(spec.seed()));
    }

    /** The payer account whose organization the report covers. */
    public String payerAccountId() {
        return payer.id();
    }

    /** The header the generated files carry. */
    public static List<String> header() {
        return Arrays.stream(Column.values()).map(c -> c.column).toList();
    }

    /** Every billing period of the spec in one file. */
    public BillTotals write(Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return write(out);
        }
    }

    public BillTotals write(Writer out) throws IOException {
        return write(out, spec.firstMonth(), spec.lastMonth());
    }

    /** One billing period, as AWS Data Exports delivers a month: its share of the spec's rows. */
    public BillTotals writeBillingPeriod(YearMonth month, Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return writeBillingPeriod(month, out);
        }
    }

    public BillTotals writeBillingPeriod(YearMonth month, Writer out) throws IOException {
        if (!spec.covers(month)) {
            throw new IllegalArgumentException(month + " is outside " + spec.firstMonth() + " to " + spec.lastMonth());
        }
        return write(out, month, month);
    }

    private BillTotals write(Writer out, YearMonth first, YearMonth last) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSV);
        printer.printRecord(header());
        BillTotals.Counter totals = new BillTotals.Counter();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            new Period(month, printer, totals).writeLineItems();
        }
        printer.flush();
        return totals.totals();
    }

    /** One billing period being written: its random stream, line item numbers and period texts. */
    private final class Period {
        private final YearMonth month;
        private final CSVPrinter printer;
        private final BillTotals.Counter totals;
        private final SplittableRandom random;
        private final long lineItemSeed;
        private final String start;
        private final String end;
        private final String invoiceId;
        private final String[] row = new String[Column.values().length];
        private long lineItems;

        Period(YearMonth month, CSVPrinter printer, BillTotals.Counter totals) {
            this.month = month;
            this.printer = printer;
            this.totals = totals;
            long seed = Mixing.monthSeed(spec.seed(), month);
            this.random = new SplittableRandom(seed);
            this.lineItemSeed = Mixing.mix(seed);
            this.start = TIMESTAMP.format(month.atDay(1).atStartOfDay());
            this.end = TIMESTAMP.format(month.plusMonths(1).atDay(1).atStartOfDay());
            this.invoiceId = Long.toString(Math.floorMod(Mixing.mix(seed + 1), 9_000_000_000L) + 1_000_000_000L);
        }

        void writeLineItems() throws IOException {
            long firstRow = charges.firstRowOf(charges.hourIndexOf(month));
            long endRow = charges.firstRowOf(charges.hourIndexOf(month.plusMonths(1)));
            CloudCharges.Hour hour = null;
            for (long i = firstRow; i < endRow; i++) {
                long hourIndex = charges.hourIndexOf(i);
                if (hour == null || hour.index() != hourIndex) {
                    hour = charges.hour(hourIndex);
                }
                Charge charge = charges.next(random, hour, spikes);
                switch (charge.kind()) {
                    case COMMITMENT_FEE -> recurringFee(hour);
                    case TAX -> tax(charge);
                    case CREDIT -> credit(charge, hour);
                    case USAGE -> usage(charge, hour);
                }
            }
        }

        private void usage(Charge charge, CloudCharges.Hour hour) throws IOException {
            SubAccount account = charge.account();
            Service service = charge.service();
            Resource resource = Resources.of(account, service, charge.resource());
            AwsProduct product = AwsProducts.of(service);
            BigDecimal rate = contractedRate(service);
            BigDecimal cost = money(charge.quantity().multiply(rate));
            BigDecimal publicCost = money(charge.quantity().multiply(service.listUnitPrice()));
            String description = "$" + service.listUnitPrice().toPlainString() + " per " + product.unitDescription();
            boolean covered = Resources.committed(account, service, charge.resource());

            start(account, hour.start(), hour.start().plusHours(1));
            product(service, product, resource);
            set(LINE_ITEM_LINE_ITEM_TYPE, covered ? "SavingsPlanCoveredUsage" : "Usage");
            set(LINE_ITEM_LINE_ITEM_DESCRIPTION, description);
            set(LINE_ITEM_AVAILABILITY_ZONE, resource.availabilityZone());
            set(LINE_ITEM_RESOURCE_ID, resource.id());
            set(LINE_ITEM_USAGE_AMOUNT, plain(charge.quantity()));
            unblended(rate, cost);
            set(PRICING_PUBLIC_ON_DEMAND_COST, plain(publicCost));
            set(PRICING_PUBLIC_ON_DEMAND_RATE, plain(service.listUnitPrice()));
            set(PRICING_RATE_CODE, service.skuId() + ".JRTCKXETXF.6YS6EN2CT7");
            set(PRICING_RATE_ID, Long.toString(Math.floorMod(Mixing.mix(service.skuId().hashCode()), 90_000_000_000L) + 10_000_000_000L));
            set(PRICING_TERM, "OnDemand");
            set(RESOURCE_TAGS, tags(resource.tags()));
            if (!covered) {
                print(cost, cost, publicCost);
                return;
            }
            Commitment plan = payer.commitment();
            BigDecimal planRate = money(rate.multiply(plan.effectiveRate()));
            BigDecimal planCost = money(cost.multiply(plan.effectiveRate()));
            savingsPlan(plan);
            set(SAVINGS_PLAN_SAVINGS_PLAN_RATE, plain(planRate));
            set(SAVINGS_PLAN_SAVINGS_PLAN_EFFECTIVE_COST, plain(planCost));
            set(SAVINGS_PLAN_NET_SAVINGS_PLAN_EFFECTIVE_COST, plain(planCost));
            print(cost, planCost, publicCost);
            negation(charge, hour, resource, product, rate, cost);
        }

        /** Cancels the on-demand billing of the covered usage just written: the plan's fee pays for it. */
        private void negation(Charge charge, CloudCharges.Hour hour, Resource resource, AwsProduct product,
                              BigDecimal rate, BigDecimal cost) throws IOException {
            SubAccount account = charge.account();
            start(account, hour.start(), hour.start().plusHours(1));
            product(charge.service(), product, resource);
            set(LINE_ITEM_LINE_ITEM_TYPE, "SavingsPlanNegation");
            set(LINE_ITEM_LINE_ITEM_DESCRIPTION, "SavingsPlanNegation used by AccountId : " + account.id()
                    + " and UsageSku : " + charge.service().skuId());
            set(LINE_ITEM_USAGE_AMOUNT, plain(charge.quantity().negate()));
            unblended(rate.negate(), cost.negate());
            set(PRICING_PUBLIC_ON_DEMAND_COST, plain(money(BigDecimal.ZERO)));
            set(PRICING_TERM, "OnDemand");
            savingsPlan(payer.commitment());
            print(cost.negate(), money(BigDecimal.ZERO), money(BigDecimal.ZERO));
        }

        /** An hour of the plan's commitment; what the covered usage did not use of it is the effective cost. */
        private void recurringFee(CloudCharges.Hour hour) throws IOException {
            Commitment plan = payer.commitment();
            BigDecimal fee = plan.hourlyFee();
            BigDecimal used = money(fee.multiply(BigDecimal.valueOf(850 + random.nextInt(151), 3)));
            long hoursInMonth = ChronoUnit.HOURS.between(month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
            start(null, hour.start(), hour.start().plusHours(1));
            set(LINE_ITEM_LINE_ITEM_TYPE, "SavingsPlanRecurringFee");
            set(LINE_ITEM_LINE_ITEM_DESCRIPTION, plan.name().replace("Compute Savings Plan ", "") + " Compute Savings Plan");
            set(LINE_ITEM_PRODUCT_CODE, "ComputeSavingsPlans");
            set(LINE_ITEM_USAGE_TYPE, "ComputeSP:" + term(plan) + "NoUpfront");
            set(LINE_ITEM_RESOURCE_ID, plan.id());
            set(LINE_ITEM_USAGE_AMOUNT, "1");
            unblended(fee, fee);
            set(PRICING_UNIT, "Hrs");
            set(PRODUCT, JSON.createObjectBuilder().add("product_name", "Savings Plans for AWS Compute usage").build().toString());
            set(PRODUCT_PRODUCT_FAMILY, "Savings Plan");
            set(PRODUCT_SERVICECODE, "ComputeSavingsPlans");
            savingsPlan(plan);
            set(SAVINGS_PLAN_RECURRING_COMMITMENT_FOR_BILLING_PERIOD, plain(money(fee.multiply(BigDecimal.valueOf(hoursInMonth)))));
            set(SAVINGS_PLAN_AMORTIZED_UPFRONT_COMMITMENT_FOR_BILLING_PERIOD, plain(money(BigDecimal.ZERO)));
            set(SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE, plain(fee));
            set(SAVINGS_PLAN_USED_COMMITMENT, plain(used));
            print(fee, fee.subtract(used), fee);
        }

        /** Sales tax on a month's use of a service, for the whole billing period. */
        private void tax(Charge charge) throws IOException {
            Service service = charge.service();
            AwsProduct product = AwsProducts.of(service);
            BigDecimal tax = money(charge.quantity().multiply(service.listUnitPrice()).multiply(SALES_TAX_RATE));
            start(charge.account(), month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
            set(LINE_ITEM_LINE_ITEM_TYPE, "Tax");
            set(LINE_ITEM_LINE_ITEM_DESCRIPTION, "Tax for product code " + product.code());
            set(LINE_ITEM_PRODUCT_CODE, product.code());
            set(LINE_ITEM_TAX_TYPE, "Sales Tax");
            unblended(null, tax);
            set(PRODUCT, productMap(service, null));
            set(PRODUCT_SERVICECODE, product.code());
            print(tax, tax, tax);
        }

        /** Migration credits the acquisition brought: half the contracted cost of a service's hour. */
        private void credit(Charge charge, CloudCharges.Hour hour) throws IOException {
            Service service = charge.service();
            AwsProduct product = AwsProducts.of(service);
            Resource resource = Resources.of(charge.account(), service, charge.resource());
            BigDecimal credit = money(charge.quantity().multiply(contractedRate(service)).multiply(CREDIT_SHARE)).negate();
            start(charge.account(), hour.start(), hour.start().plusHours(1));
            set(LINE_ITEM_LINE_ITEM_TYPE, "Credit");
            set(LINE_ITEM_LINE_ITEM_DESCRIPTION, "AWS Migration Acceleration Program Credit");
            set(LINE_ITEM_PRODUCT_CODE, product.code());
            set(LINE_ITEM_USAGE_TYPE, AwsProducts.usageType(product, resource.region()));
            unblended(null, credit);
            set(PRICING_PUBLIC_ON_DEMAND_COST, plain(money(BigDecimal.ZERO)));
            set(PRODUCT, productMap(service, resource));
            set(PRODUCT_REGION_CODE, resource.region().id());
            set(PRODUCT_SERVICECODE, product.code());
            print(credit, credit, money(BigDecimal.ZERO));
        }

        /** Clears the row and fills what every line item has: bill, identity, account, usage period. */
        private void start(SubAccount account, LocalDateTime from, LocalDateTime to) {
            Arrays.fill(row, null);
            String usageStart = TIMESTAMP.format(from);
            String usageEnd = TIMESTAMP.format(to);
            set(BILL_BILL_TYPE, "Anniversary");
            set(BILL_BILLING_ENTITY, "AWS");
            set(BILL_BILLING_PERIOD_END_DATE, end);
            set(BILL_BILLING_PERIOD_START_DATE, start);
            set(BILL_INVOICE_ID, invoiceId);
            set(BILL_INVOICING_ENTITY, AWS_INC);
            set(BILL_PAYER_ACCOUNT_ID, payer.id());
            set(BILL_PAYER_ACCOUNT_NAME, payer.name());
            set(COST_CATEGORY, "{}");
            set(DISCOUNT, "{}");
            set(IDENTITY_LINE_ITEM_ID, Mixing.base32(lineItemSeed + lineItems, 52));
            set(IDENTITY_TIME_INTERVAL, usageStart + "/" + usageEnd);
            set(LINE_ITEM_CURRENCY_CODE, CURRENCY);
            set(LINE_ITEM_LEGAL_ENTITY, AWS_INC);
            set(LINE_ITEM_USAGE_ACCOUNT_ID, account == null ? payer.id() : account.id());
            set(LINE_ITEM_USAGE_ACCOUNT_NAME, account == null ? payer.name() : account.name());
            set(LINE_ITEM_USAGE_START_DATE, usageStart);
            set(LINE_ITEM_USAGE_END_DATE, usageEnd);
            set(PRICING_CURRENCY, CURRENCY);
            set(RESOURCE_TAGS, "{}");
        }

        private void product(Service service, AwsProduct product, Resource resource) {
            String usageType = AwsProducts.usageType(product, resource.region());
            set(LINE_ITEM_PRODUCT_CODE, product.code());
            set(LINE_ITEM_USAGE_TYPE, usageType);
            set(LINE_ITEM_OPERATION, product.operation());
            set(PRICING_UNIT, service.pricingUnit());
            set(PRODUCT, productMap(service, resource));
            set(PRODUCT_INSTANCE_TYPE, product.instanceType());
            set(PRODUCT_LOCATION, resource.region().name());
            set(PRODUCT_LOCATION_TYPE, "AWS Region");
            set(PRODUCT_OPERATION, product.operation());
            set(PRODUCT_PRODUCT_FAMILY, product.family());
            set(PRODUCT_REGION_CODE, resource.region().id());
            set(PRODUCT_SERVICECODE, product.code());
            set(PRODUCT_SKU, service.skuId());
            set(PRODUCT_USAGETYPE, usageType);
        }

        private void savingsPlan(Commitment plan) {
            set(SAVINGS_PLAN_SAVINGS_PLAN_A_R_N, plan.id());
            set(SAVINGS_PLAN_OFFERING_TYPE, "ComputeSavingsPlans");
            set(SAVINGS_PLAN_PAYMENT_OPTION, "No Upfront");
            set(SAVINGS_PLAN_PURCHASE_TERM, term(plan));
            YearMonth bought = spec.firstMonth().minusMonths(7);
            YearMonth ends = bought.plusYears(term(plan).equals("3yr") ? 3 : 1);
            set(SAVINGS_PLAN_START_TIME, TIMESTAMP.format(bought.atDay(1).atStartOfDay()));
            set(SAVINGS_PLAN_END_TIME, TIMESTAMP.format(ends.atDay(1).atStartOfDay()));
        }

        private void unblended(BigDecimal rate, BigDecimal cost) {
            set(LINE_ITEM_UNBLENDED_RATE, rate == null ? null : plain(rate));
            set(LINE_ITEM_UNBLENDED_COST, plain(cost));
            set(LINE_ITEM_BLENDED_RATE, rate == null ? null : plain(rate));
            set(LINE_ITEM_BLENDED_COST, plain(cost));
        }

        private void print(BigDecimal billed, BigDecimal effective, BigDecimal list) throws IOException {
            printer.printRecord((Object[]) row);
            lineItems++;
            totals.add(CURRENCY, billed, effective, list, billed);
        }

        private void set(Column column, String value) {
            row[column.ordinal()] = value;
        }
    }

    /** AWS's product attributes outside the fixed columns, as the {@code product} map column holds them. */
    private static String productMap(Service service, Resource resource) {
        JsonObjectBuilder product = JSON.createObjectBuilder().add("product_name", service.name());
        if (resource != null) {
            product.add("region", resource.region().id());
        }
        return product.build().toString();
    }

    /** Cost allocation tags as CUR 2.0 keys them: user-defined tags prefixed {@code user_}. */
    private static String tags(Map<String, String> tags) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        if (tags != null) {
            tags.forEach((key, value) -> json.add("user_" + key, value));
        }
        return json.build().toString();
    }

    private static String term(Commitment plan) {
        return plan.name().contains("3yr") ? "3yr" : "1yr";
    }

    /** The company's private rate: the public on-demand price less its negotiated AWS discount. */
    private static BigDecimal contractedRate(Service service) {
        return money(service.listUnitPrice().multiply(BigDecimal.ONE.subtract(FictionalCompany.AWS.negotiatedDiscount())));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal number) {
        return number.toPlainString();
    }
}

package org.apportion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apportion.bench.FictionalCompany.Provider;
import org.apportion.bench.FictionalCompany.Service;
import org.apportion.bench.FictionalCompany.SubAccount;

import static org.apportion.bench.FocusBillGenerator.Column.*;

/**
 * Writes a realistic FOCUS 1.0 CSV bill of {@link FictionalCompany}: rows spread evenly over the hours of
 * the billing months, each a charge of one resource of one sub-account, with office-hours and weekday
 * seasonality, monthly growth, a few spikes, commitment-covered usage, purchases, tax and credits. The
 * same {@link BillSpec} gives the same bytes. Rows are streamed: memory does not grow with the row count.
 * Amounts are exact decimals (scale 10); {@link #write} returns their sums.
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
    private static final int QUANTITY_SCALE = 8;
    private static final BigDecimal SALES_TAX_RATE = new BigDecimal("0.0825");
    private static final BigDecimal CREDIT_SHARE = new BigDecimal("0.5");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    // Load factors in per mille. Hours are UTC: the company works in US and European time zones.
    private static final int[] OFFICE_HOURS = {600, 550, 520, 500, 500, 520, 600, 750, 950, 1150, 1250, 1300,
            1300, 1280, 1250, 1200, 1150, 1050, 950, 850, 780, 720, 680, 640};
    private static final int[] RESOURCE_SIZES = {500, 1000, 1000, 1000, 2000, 2000, 4000, 8000};
    private static final int GROWTH_PER_MONTH = 25;
    private static final int SPIKES = 4;

    private final BillSpec spec;
    private final FictionalCompany company = new FictionalCompany();
    private final int[] accountWeights;
    private final List<int[]> serviceWeights = new ArrayList<>();

    /** An anomaly: one service of one sub-account costs many times its usual for a few days. */
    private record Spike(int account, int service, long firstDay, long days, int factor) {
    }

    /** The hour the current rows are charged for, with its texts formatted once. */
    private record Hour(long index, LocalDateTime start, String startText, String endText, String periodStart,
                        String periodEnd, int monthIndex, long dayIndex) {
    }

    public FocusBillGenerator(BillSpec spec) {
        this.spec = spec;
        this.accountWeights = cumulative(company.subAccounts().stream().mapToInt(SubAccount::weight).toArray());
        for (Provider provider : FictionalCompany.PROVIDERS) {
            serviceWeights.add(cumulative(provider.services().stream().mapToInt(Service::weight).toArray()));
        }
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
        List<Spike> spikes = spikes(random);
        LocalDateTime first = spec.firstMonth().atDay(1).atStartOfDay();
        long hoursInRange = ChronoUnit.HOURS.between(first, spec.lastMonth().plusMonths(1).atDay(1).atStartOfDay());
        out.write(String.join(",", header().stream().map(h -> '"' + h + '"').toList()));
        out.write('\n');
        Object[] row = new Object[Column.values().length];
        StringBuilder line = new StringBuilder(1024);
        BillTotals totals = BillTotals.NONE;
        Hour hour = null;
        for (long i = 0; i < spec.rows(); i++) {
            long hourIndex = i * hoursInRange / spec.rows();
            if (hour == null || hour.index() != hourIndex) {
                hour = hour(hourIndex, first);
            }
            Arrays.fill(row, null);
            charge(row, random, hour, spikes);
            totals = totals.plus((BigDecimal) row[BilledCost.ordinal()], (BigDecimal) row[EffectiveCost.ordinal()],
                    (BigDecimal) row[ListCost.ordinal()], (BigDecimal) row[ContractedCost.ordinal()]);
            line.setLength(0);
            appendCsv(line, row);
            out.append(line);
        }
        out.flush();
        return totals;
    }

    private Hour hour(long index, LocalDateTime first) {
        LocalDateTime start = first.plusHours(index);
        YearMonth month = YearMonth.from(start);
        return new Hour(index, start, TIMESTAMP.format(start), TIMESTAMP.format(start.plusHours(1)),
                TIMESTAMP.format(month.atDay(1).atStartOfDay()), TIMESTAMP.format(month.plusMonths(1).atDay(1).atStartOfDay()),
                (int) spec.firstMonth().until(month, ChronoUnit.MONTHS), index / 24);
    }

    private List<Spike> spikes(SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(spec.firstMonth().atDay(1), spec.lastMonth().plusMonths(1).atDay(1));
        List<SubAccount> production = company.subAccounts().stream().filter(SubAccount::production).toList();
        List<Spike> spikes = new ArrayList<>();
        for (int i = 0; i < SPIKES; i++) {
            SubAccount account = production.get(random.nextInt(production.size()));
            spikes.add(new Spike(account.index(), random.nextInt(4), random.nextLong(Math.max(1, days - 3)),
                    1 + random.nextInt(3), 6000 + random.nextInt(6001)));
        }
        return spikes;
    }

    /** Fills one row: mostly usage, some commitment purchases, tax and credits. */
    private void charge(Object[] row, SplittableRandom random, Hour hour, List<Spike> spikes) {
        SubAccount account = company.subAccounts().get(pick(accountWeights, random));
        Provider provider = account.provider();
        int serviceIndex = pick(serviceWeights.get(FictionalCompany.PROVIDERS.indexOf(provider)), random);
        Service service = provider.services().get(serviceIndex);
        long resource = identity(account.index(), serviceIndex, random.nextInt(service.resourcesPerAccount()));
        BigDecimal quantity = quantity(service, account, serviceIndex, resource, hour, spikes, random);
        int kind = random.nextInt(1000);

        set(row, BillingAccountId, account.billingAccount().id());
        set(row, BillingAccountName, account.billingAccount().name());
        set(row, BillingCurrency, "USD");
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
        if (kind < 20) {
            purchase(row, provider);
        } else if (kind < 45) {
            tax(row, service, quantity);
        } else if (kind < 60) {
            resource(row, account, service, resource);
            credit(row, provider, service, quantity);
        } else {
            resource(row, account, service, resource);
            usage(row, account, service, resource, quantity);
        }
    }

    private static void usage(Object[] row, SubAccount account, Service service, long resource, BigDecimal quantity) {
        Provider provider = account.provider();
        BigDecimal contractedPrice = contractedPrice(provider, service);
        BigDecimal list = money(quantity.multiply(service.listUnitPrice()));
        BigDecimal contracted = money(quantity.multiply(contractedPrice));
        boolean committed = service.commitmentEligible() && account.production() && Math.floorMod(resource, 100) < 45;
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
            FictionalCompany.Commitment commitment = provider.commitment();
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

    /** The hourly fee of the provider's commitment: billed now, amortized into the usage it covers. */
    private static void purchase(Object[] row, Provider provider) {
        FictionalCompany.Commitment commitment = provider.commitment();
        Service compute = provider.services().getFirst();
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

    private static void commitment(Object[] row, FictionalCompany.Commitment commitment) {
        set(row, CommitmentDiscountId, commitment.id());
        set(row, CommitmentDiscountName, commitment.name());
        set(row, CommitmentDiscountCategory, commitment.category());
        set(row, CommitmentDiscountType, commitment.type());
    }

    /**
     * Where the resource runs and what it is called and tagged, all derived from its identity so that
     * a resource keeps its region, name and tags on every row.
     */
    private static void resource(Object[] row, SubAccount account, Service service, long resource) {
        Provider provider = account.provider();
        var regions = provider.regions();
        var region = Math.floorMod(resource >>> 3, 10) < 8 ? account.homeRegion()
                : regions.get((int) Math.floorMod(resource >>> 7, regions.size()));
        var team = account.team();
        String application = team.applications().get((int) Math.floorMod(resource >>> 17, team.applications().size()));
        String name = application + "-" + Long.toHexString(resource & 0xFFFFFFFFL | 1L << 32).substring(1);
        set(row, RegionId, region.id());
        set(row, RegionName, region.name());
        set(row, ResourceType, service.resourceType());
        boolean zonal = service.category().equals("Compute") || service.category().equals("Databases");
        char zone = "abc".charAt((int) Math.floorMod(resource >>> 11, 3));
        if (provider == FictionalCompany.AWS) {
            String code = service.name().substring(service.name().indexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(' ', '-');
            set(row, ResourceId, "arn:aws:" + code + ":" + region.id() + ":" + account.id() + ":"
                    + service.resourceType().toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + name);
            set(row, AvailabilityZone, zonal ? region.id() + zone : null);
        } else if (provider == FictionalCompany.MICROSOFT) {
            set(row, ResourceId, "/subscriptions/" + account.id() + "/resourceGroups/rg-" + application
                    + "/providers/" + service.resourceType() + "/" + name);
            set(row, ResourceName, name);
        } else {
            String[] type = service.resourceType().split("/");
            set(row, ResourceId, "//" + type[0] + "/projects/" + account.id() + "/locations/" + region.id() + "/"
                    + type[1].toLowerCase(Locale.ROOT) + "s/" + name);
            set(row, ResourceName, name);
            set(row, AvailabilityZone, zonal ? region.id() + "-" + zone : null);
        }
        set(row, Tags, tags(account, application, resource));
    }

    /** About one resource in seven is untagged; some use "env" instead of "environment" or lack a cost center. */
    private static String tags(SubAccount account, String application, long resource) {
        if (Math.floorMod(resource >>> 21, 100) < 15) {
            return null;
        }
        var team = account.team();
        StringBuilder json = new StringBuilder(160).append("{\"application\": \"").append(application).append('"');
        String environmentKey = Math.floorMod(resource >>> 29, 20) == 0 ? "env" : "environment";
        json.append(", \"").append(environmentKey).append("\": \"").append(account.environment()).append('"');
        if (Math.floorMod(resource >>> 33, 8) != 0) {
            json.append(", \"cost_center\": \"").append(team.costCenter()).append('"');
        }
        json.append(", \"owner\": \"").append(team.owners().get((int) Math.floorMod(resource >>> 37, 2))).append('"');
        return json.append(", \"team\": \"").append(team.name()).append("\"}").toString();
    }

    /** The pricing quantity of one resource for one hour: its size, the load of that hour and day, growth, spikes, noise. */
    private BigDecimal quantity(Service service, SubAccount account, int serviceIndex, long resource, Hour hour,
                                List<Spike> spikes, SplittableRandom random) {
        boolean office = service.load() == FictionalCompany.Load.OFFICE_HOURS;
        int size = RESOURCE_SIZES[(int) Math.floorMod(resource, RESOURCE_SIZES.length)];
        int hourLoad = office ? OFFICE_HOURS[hour.start().getHour()] : 1000;
        boolean weekend = hour.start().getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
        int dayLoad = office && weekend ? (account.production() ? 780 : 300) : 1000;
        int growth = 1000 + GROWTH_PER_MONTH * hour.monthIndex();
        int spike = 1000;
        for (Spike s : spikes) {
            if (s.account() == account.index() && s.service() == serviceIndex
                    && hour.dayIndex() >= s.firstDay() && hour.dayIndex() < s.firstDay() + s.days()) {
                spike = s.factor();
            }
        }
        int noise = 850 + random.nextInt(301);
        // Six per-mille factors, multiplied in two exact halves so that no product overflows a long.
        BigDecimal factor = BigDecimal.valueOf((long) size * hourLoad * dayLoad, 9)
                .multiply(BigDecimal.valueOf((long) growth * spike * noise, 9));
        BigDecimal quantity = service.typicalQuantity().multiply(factor).setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        return quantity.signum() == 0 ? BigDecimal.ONE.movePointLeft(QUANTITY_SCALE) : quantity;
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

    private static int[] cumulative(int[] weights) {
        int[] sums = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    private static int pick(int[] cumulativeWeights, SplittableRandom random) {
        int target = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int index = Arrays.binarySearch(cumulativeWeights, target + 1);
        return index >= 0 ? index : -index - 1;
    }

    /** A well-mixed 64-bit identity of one resource (SplitMix64 finalizer). */
    private static long identity(int account, int service, int resource) {
        long z = ((account * 1_000_003L + service) * 1_000_003L + resource) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

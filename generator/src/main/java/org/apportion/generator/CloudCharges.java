package org.apportion.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.apportion.generator.FictionalCompany.Provider;
import org.apportion.generator.FictionalCompany.Service;
import org.apportion.generator.FictionalCompany.SubAccount;

/**
 * The company's cloud charges as every cloud bill form draws them: rows spread evenly over the hours of the
 * billing months, each a charge of one resource of one sub-account (by weight), most of them usage whose
 * quantity follows office hours, weekdays, monthly growth, a few spikes and noise; some commitment fees, tax
 * and credits. Only the forms differ in how they write a charge.
 */
final class CloudCharges {

    /** What a charge is; drawn with fixed odds per mille: 2 % fees, 2.5 % tax, 1.5 % credits, the rest usage. */
    enum Kind {
        COMMITMENT_FEE, TAX, CREDIT, USAGE;

        static Kind of(int perMille) {
            return perMille < 20 ? COMMITMENT_FEE : perMille < 45 ? TAX : perMille < 60 ? CREDIT : USAGE;
        }
    }

    /** The hour a charge is for, and where it lies in the bill's range. */
    record Hour(long index, LocalDateTime start, YearMonth month, int monthIndex, long dayIndex) {
    }

    /** One drawn charge: whose, of which service and resource, how much was used, and what kind it is. */
    record Charge(SubAccount account, int serviceIndex, Service service, long resource, BigDecimal quantity,
                  Kind kind) {
    }

    static final int QUANTITY_SCALE = 8;
    private static final int[] RESOURCE_SIZES = {500, 1000, 1000, 1000, 2000, 2000, 4000, 8000};
    private static final int GROWTH_PER_MONTH = 25;
    private static final int SPIKES = 4;

    private final BillSpec spec;
    private final List<SubAccount> accounts;
    private final Weights accountWeights;
    private final List<Weights> serviceWeights;
    private final LocalDateTime first;
    private final long hoursInRange;

    /** Charges of the sub-accounts {@code accounts} accepts. */
    CloudCharges(BillSpec spec, FictionalCompany company, Predicate<SubAccount> accepted) {
        this.spec = spec;
        this.accounts = company.subAccounts().stream().filter(accepted).toList();
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("No sub-account of the company is to be billed");
        }
        this.accountWeights = Weights.of(accounts.stream().mapToInt(SubAccount::weight).toArray());
        this.serviceWeights = FictionalCompany.PROVIDERS.stream()
                .map(p -> Weights.of(p.services().stream().mapToInt(Service::weight).toArray()))
                .toList();
        this.first = spec.firstMonth().atDay(1).atStartOfDay();
        this.hoursInRange = ChronoUnit.HOURS.between(first, spec.lastMonth().plusMonths(1).atDay(1).atStartOfDay());
    }

    /** The anomalies of a bill: spikes on production services, drawn first from the bill's random stream. */
    List<Spike> spikes(SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(spec.firstMonth().atDay(1), spec.lastMonth().plusMonths(1).atDay(1));
        int[] production = accounts.stream().filter(SubAccount::production).mapToInt(SubAccount::index).toArray();
        if (production.length == 0) {
            production = accounts.stream().mapToInt(SubAccount::index).toArray();
        }
        return Spike.draw(random, SPIKES, production, 4, days);
    }

    /** The hour (from the range's start) of a row: rows are spread evenly over the hours. */
    long hourIndexOf(long row) {
        return row * hoursInRange / spec.rows();
    }

    /** The first row charged in or after that hour; {@code spec.rows()} for the hour after the range. */
    long firstRowOf(long hourIndex) {
        return (hourIndex * spec.rows() + hoursInRange - 1) / hoursInRange;
    }

    long hourIndexOf(YearMonth month) {
        return ChronoUnit.HOURS.between(first, month.atDay(1).atStartOfDay());
    }

    Hour hour(long index) {
        LocalDateTime start = first.plusHours(index);
        YearMonth month = YearMonth.from(start);
        return new Hour(index, start, month, spec.monthIndex(month), index / 24);
    }

    Charge next(SplittableRandom random, Hour hour, List<Spike> spikes) {
        SubAccount account = accounts.get(accountWeights.pick(random));
        Provider provider = account.provider();
        int serviceIndex = serviceWeights.get(FictionalCompany.PROVIDERS.indexOf(provider)).pick(random);
        Service service = provider.services().get(serviceIndex);
        long resource = Resources.identity(account.index(), serviceIndex, random.nextInt(service.resourcesPerAccount()));
        BigDecimal quantity = quantity(service, account, serviceIndex, resource, hour, spikes, random);
        return new Charge(account, serviceIndex, service, resource, quantity, Kind.of(random.nextInt(1000)));
    }

    /** The pricing quantity of one resource for one hour: its size, the load of that hour and day, growth, spikes, noise. */
    private static BigDecimal quantity(Service service, SubAccount account, int serviceIndex, long resource, Hour hour,
                                       List<Spike> spikes, SplittableRandom random) {
        int size = RESOURCE_SIZES[(int) Math.floorMod(resource, RESOURCE_SIZES.length)];
        int hourLoad = Seasonality.hourLoad(service.load(), hour.start().getHour());
        int dayLoad = Seasonality.dayLoad(service.load(), account.production(), hour.start().getDayOfWeek());
        int growth = Seasonality.growth(hour.monthIndex(), GROWTH_PER_MONTH);
        int spike = Spike.factor(spikes, account.index(), serviceIndex, hour.dayIndex());
        int noise = 850 + random.nextInt(301);
        // Six per-mille factors, multiplied in two exact halves so that no product overflows a long.
        BigDecimal factor = BigDecimal.valueOf((long) size * hourLoad * dayLoad, 9)
                .multiply(BigDecimal.valueOf((long) growth * spike * noise, 9));
        BigDecimal quantity = service.typicalQuantity().multiply(factor).setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
        return quantity.signum() == 0 ? BigDecimal.ONE.movePointLeft(QUANTITY_SCALE) : quantity;
    }
}

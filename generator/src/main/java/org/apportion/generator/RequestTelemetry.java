package org.apportion.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.apportion.generator.FictionalCompany.SubAccount;
import org.apportion.generator.FictionalCompany.Team;

/**
 * The platform's telemetry: API requests per product team and day, which the platform's shared costs are split by.
 * A team's requests follow its cloud footprint (the weights of its accounts: bigger teams call the platform more),
 * the week of its division (the shop is busy on weekends, the back office is not), growth month by month and some
 * noise. Deterministic by {@link PeriodSpec}.
 */
final class RequestTelemetry {

    static final String HEADER = "date,metric,costCenter,quantity";
    private static final long REQUESTS_PER_WEIGHT = 20_000;
    private static final int GROWTH_PER_MONTH = 20;

    private final PeriodSpec spec;
    private final List<Team> teams;
    private final long[] footprints;
    private final String[] divisions;

    RequestTelemetry(PeriodSpec spec, FictionalCompany company) {
        this.spec = spec;
        this.teams = DemoCostModel.productTeams(company);
        this.footprints = teams.stream().mapToLong(t -> company.subAccounts().stream()
                .filter(a -> a.team() == t).mapToLong(SubAccount::weight).sum()).toArray();
        this.divisions = teams.stream().map(t -> Divisions.of(t.name()).code()).toArray(String[]::new);
    }

    /** One row per day and product team, by day, in the CSV form of {@code POST /api/v1/usage-metrics/import}. */
    String csv() {
        SplittableRandom random = new SplittableRandom(spec.seed());
        StringBuilder csv = new StringBuilder((int) spec.days() * teams.size() * 40).append(HEADER).append('\n');
        for (LocalDate day = spec.firstMonth().atDay(1); !day.isAfter(spec.lastMonth().atEndOfMonth()); day = day.plusDays(1)) {
            int growth = Seasonality.growth(spec.monthIndex(YearMonth.from(day)), GROWTH_PER_MONTH);
            for (int t = 0; t < teams.size(); t++) {
                long perMille = (long) weekLoad(divisions[t], day.getDayOfWeek()) * growth * (900 + random.nextInt(201));
                long requests = footprints[t] * REQUESTS_PER_WEIGHT * perMille / 1_000_000_000L;
                csv.append(day).append(',').append(DemoCostModel.REQUESTS).append(',').append(teams.get(t).costCenter())
                        .append(',').append(requests).append('\n');
            }
        }
        return csv.toString();
    }

    /** Per mille of a weekday's requests a division makes on that day. */
    static int weekLoad(String division, DayOfWeek day) {
        boolean saturday = day == DayOfWeek.SATURDAY;
        if (!saturday && day != DayOfWeek.SUNDAY) {
            return 1000;
        }
        return switch (division) {
            case "COMMERCE" -> saturday ? 900 : 850; // people shop on weekends
            case "LOGISTICS" -> saturday ? 600 : 300; // trucks run on Saturdays
            case "DATA" -> 700; // nightly pipelines run every day
            default -> saturday ? 200 : 150; // the back office rests
        };
    }
}

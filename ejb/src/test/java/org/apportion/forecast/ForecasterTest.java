package org.apportion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecasterTest {

    private final Forecaster forecaster = new Forecaster();

    @Test
    void choosesSeasonalNaiveForAnExactlyRepeatingWeek() {
        // Every candidate is exact here: the tie goes to the simplest.
        Forecast f = forecaster.forecast(Series.daily(Series.of(300, Series::weekly)));

        assertThat(f.model()).isEqualTo(ModelKind.SEASONAL_NAIVE);
        assertThat(f.days(7)).extracting(d -> d.point().doubleValue())
                .containsExactly(Series.weekly(300), Series.weekly(301), Series.weekly(302), Series.weekly(303),
                        Series.weekly(304), Series.weekly(305), Series.weekly(306));
    }

    @Test
    void choosesTheLinearTrendForAStraightLineThroughNoise() {
        double[] y = Series.withNoise(Series.of(500, t -> 500 + 2 * t), 10, 21);

        Forecast f = forecaster.forecast(Series.daily(y));

        assertThat(f.model()).isEqualTo(ModelKind.LINEAR_TREND);
    }

    @Test
    void choosesHoltWintersWhenTheTrendKeepsChanging() {
        // The slope changes every 100 days: a half-year line lags behind, last week's values miss the trend.
        Forecaster withoutEnsemble = new Forecaster(ForecastSettings.defaults().withCandidates(EnumSet.of(
                ModelKind.SEASONAL_NAIVE, ModelKind.LINEAR_TREND, ModelKind.HOLT_WINTERS, ModelKind.DAMPED_HOLT_WINTERS)));
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] y = new double[500];
            double level = 500;
            double slope = 2;
            for (int t = 0; t < y.length; t++) {
                if (t % 100 == 99) {
                    slope = -3 + 6 * random.nextDouble();
                }
                level += slope;
                y[t] = level + Series.weekly(t) + 10 * random.nextGaussian();
            }

            Forecast f = withoutEnsemble.forecast(Series.daily(y));

            assertThat(f.model()).as("seed %s: %s", seed, f.backtest())
                    .isIn(ModelKind.HOLT_WINTERS, ModelKind.DAMPED_HOLT_WINTERS);
            assertThat(f.backtest()).hasSize(4);
        }
    }

    @Test
    void forecastsWithAPinnedModelAndStillScoresEveryCandidate() {
        double[] y = Series.withNoise(Series.of(300, Series::trendAndSeason), 8, 2);

        Forecast pinned = forecaster.forecast(Series.daily(y), ModelKind.SEASONAL_NAIVE);

        assertThat(pinned.model()).isEqualTo(ModelKind.SEASONAL_NAIVE);
        assertThat(pinned.backtest()).extracting(ModelScore::model).containsExactly(ModelKind.values());
        assertThat(pinned.days(7)).extracting(d -> d.point().doubleValue())
                .containsExactly(java.util.Arrays.stream(y, 293, 300).map(v -> Math.round(v * 1e4) / 1e4).boxed()
                        .toArray(Double[]::new));
    }

    @Test
    void anEnsembleMarginKeepsTheEnsembleUnlessAnotherIsClearlyBetter() {
        double[] y = Series.withNoise(Series.of(400, Series::trendAndSeason), 20, 6);
        Forecast plain = forecaster.forecast(Series.daily(y));
        double best = plain.backtest().stream().mapToDouble(ModelScore::backtestMase).min().orElseThrow();
        double ensemble = plain.backtest().stream().filter(m -> m.model() == ModelKind.ENSEMBLE).findFirst()
                .orElseThrow().backtestMase();

        Forecast withMargin = new Forecaster(ForecastSettings.defaults().withEnsembleMargin(0.5))
                .forecast(Series.daily(y));

        assertThat(plain.backtest()).filteredOn(m -> m.model() == plain.model())
                .extracting(ModelScore::backtestMase).containsExactly(best);
        assertThat(best).isGreaterThan(0.5 * ensemble);
        assertThat(withMargin.model()).isEqualTo(ModelKind.ENSEMBLE);
    }

    @Test
    void intervalsCoverAboutTheirShareOfNoisySeries() {
        int inside80 = 0;
        int inside95 = 0;
        int days = 0;
        for (int s = 0; s < 20; s++) {
            double[] y = Series.withNoise(Series.of(490, Series::trendAndSeason), 12, 100 + s);
            Forecast f = forecaster.forecast(Series.daily(java.util.Arrays.copyOf(y, 400)));
            for (DailyForecast d : f.days(90)) {
                double actual = y[400 + d.step() - 1];
                inside80 += d.p80().contains(actual) ? 1 : 0;
                inside95 += d.p95().contains(actual) ? 1 : 0;
                days++;
            }
        }
        assertThat((double) inside80 / days).as("80 %% coverage, 95 %%: %s", (double) inside95 / days).isBetween(0.72, 0.90);
        assertThat((double) inside95 / days).isBetween(0.90, 0.99);
    }

    @Test
    void givesNinetyDaysWithNestedIntervalsNeverBelowZero() {
        double[] y = Series.withNoise(Series.of(200, t -> 5 + Series.weekly(t) / 20), 3, 4);

        Forecast f = forecaster.forecast(Series.daily(y));

        assertThat(f.days()).hasSize(90);
        assertThat(f.days()).allSatisfy(d -> {
            assertThat(d.p95().lower()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(d.p95().lower()).isLessThanOrEqualTo(d.p80().lower());
            assertThat(d.p80().lower()).isLessThanOrEqualTo(d.point());
            assertThat(d.point()).isLessThanOrEqualTo(d.p80().upper());
            assertThat(d.p80().upper()).isLessThanOrEqualTo(d.p95().upper());
            assertThat(d.point().scale()).isEqualTo(Amounts.SCALE);
        });
        assertThat(f.days().getFirst().date()).isEqualTo(Series.START.plusDays(200));
        assertThat(f.seasonalNaiveMae()).isEqualTo(Accuracy.seasonalNaiveMae(y, y.length));
    }

    @Test
    void totalsAddWhatThePeriodAlreadyCostToTheForecastRest() {
        // History from 2025-01-01 to 2025-11-15: 10 a day.
        LocalDate start = LocalDate.of(2025, 1, 1);
        double[] y = Series.of(319, t -> 10);

        Forecast f = forecaster.forecast(DailySeries.of(start, y));

        assertThat(f.firstDay()).isEqualTo(LocalDate.of(2025, 11, 16));
        TotalForecast month = f.total(TotalKind.MONTH);
        assertThat(month.from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(month.actual()).isEqualByComparingTo("150");
        assertThat(month.forecast()).isEqualByComparingTo("150");
        assertThat(month.total()).isEqualByComparingTo("300");
        TotalForecast quarter = f.total(TotalKind.QUARTER);
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(quarter.actual()).isEqualByComparingTo("460");
        assertThat(quarter.total()).isEqualByComparingTo("920");
        TotalForecast year = f.total(TotalKind.YEAR);
        assertThat(year.total()).isEqualByComparingTo("3650");
        assertThat(f.total(TotalKind.NEXT_90_DAYS).forecast()).isEqualByComparingTo("900");
        assertThat(f.total(TotalKind.NEXT_7_DAYS).actual()).isEqualByComparingTo("0");
    }

    @Test
    void totalIntervalsAreNarrowerThanSummedDailyOnes() {
        double[] y = Series.withNoise(Series.of(400, Series::trendAndSeason), 12, 8);

        Forecast f = forecaster.forecast(Series.daily(y));

        TotalForecast thirty = f.total(TotalKind.NEXT_30_DAYS);
        double summedDailyWidth = f.days(30).stream()
                .mapToDouble(d -> d.p95().upper().subtract(d.p95().lower()).doubleValue()).sum();
        double width = thirty.p95().upper().subtract(thirty.p95().lower()).doubleValue();
        assertThat(width).as("30-day width vs summed %s", summedDailyWidth).isPositive().isLessThan(summedDailyWidth * 0.8);
        assertThat(thirty.p95().lower()).isLessThanOrEqualTo(thirty.total());
        assertThat(thirty.p95().upper()).isGreaterThanOrEqualTo(thirty.total());
        TotalForecast year = f.total(TotalKind.YEAR);
        assertThat(year.p95().upper().subtract(year.p95().lower()))
                .isGreaterThanOrEqualTo(f.total(TotalKind.NEXT_90_DAYS).p95().upper().subtract(f.total(TotalKind.NEXT_90_DAYS).p95().lower()));
    }

    @Test
    void forecastsShortHistoriesWithSeasonalNaive() {
        Forecast tenDays = forecaster.forecast(Series.daily(Series.of(10, Series::weekly)));
        Forecast threeDays = forecaster.forecast(Series.daily(new double[] {3, 6, 9}));

        assertThat(tenDays.model()).isEqualTo(ModelKind.SEASONAL_NAIVE);
        assertThat(tenDays.backtest()).isEmpty();
        assertThat(tenDays.days(1).getFirst().point().doubleValue()).isEqualTo(Series.weekly(10));
        assertThat(threeDays.days(1).getFirst().point()).isEqualByComparingTo("6");
        assertThat(threeDays.days(1).getFirst().p95().upper()).isGreaterThan(threeDays.days(1).getFirst().p80().upper());
    }

    @Test
    void keepsNegativeForecastsOnlyForSeriesWithNegativeDays() {
        double[] credits = Series.of(120, t -> -50 - t);

        Forecast f = forecaster.forecast(Series.daily(credits));

        assertThat(f.days(1).getFirst().point().doubleValue()).isCloseTo(-170, within(1.0));
        double[] falling = Series.of(120, t -> Math.max(0, 100 - t));
        assertThat(forecaster.forecast(Series.daily(falling)).days(30))
                .allSatisfy(d -> assertThat(d.p95().lower().signum()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void readsMissingDaysAsZero() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        DailySeries s = DailySeries.fromDays(day, day.plusDays(3),
                java.util.Map.of(day, new BigDecimal("1.5"), day.plusDays(2), new BigDecimal("2")));

        assertThat(s.values()).containsExactly(1.5, 0, 2, 0);
        assertThat(s.end()).isEqualTo(day.plusDays(3));
    }
}

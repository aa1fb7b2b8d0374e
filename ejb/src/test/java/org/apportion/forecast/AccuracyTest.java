package org.apportion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracyTest {

    private static final double[] ACTUAL = {10, 0, 20, 40};
    private static final double[] FORECAST = {12, 1, 15, 40};

    @Test
    void mapeLeavesOutZeroActuals() {
        // |10-12|/10 = 0.2, |20-15|/20 = 0.25, 0/40 = 0; the zero day is left out: 0.45 / 3 = 15 %.
        assertThat(Accuracy.mape(ACTUAL, FORECAST)).isCloseTo(15, within(1e-12));
        assertThat(Accuracy.zeroActuals(ACTUAL)).isEqualTo(1);
        assertThat(Accuracy.mape(new double[] {0, 0}, new double[] {1, 2})).isNaN();
    }

    @Test
    void maseScalesTheMeanAbsoluteErrorBySeasonalNaive() {
        // MAE (2 + 1 + 5 + 0) / 4 = 2; a scale of 4 gives 0.5.
        assertThat(Accuracy.meanAbsoluteError(ACTUAL, FORECAST)).isEqualTo(2);
        assertThat(Accuracy.mase(ACTUAL, FORECAST, 4)).isEqualTo(0.5);
        assertThat(Accuracy.mase(ACTUAL, ACTUAL, 0)).isZero();
        assertThat(Accuracy.mase(ACTUAL, FORECAST, 0)).isInfinite();
    }

    @Test
    void seasonalNaiveScaleIsTheMeanOneWeekDifference() {
        double[] y = Series.of(14, t -> t + 1);
        assertThat(Accuracy.seasonalNaiveMae(y, 14)).isEqualTo(7);
        assertThat(Accuracy.seasonalNaiveMae(new double[] {5, 6, 7, 8, 9, 10, 11, 20}, 8)).isEqualTo(15);
        assertThat(Accuracy.seasonalNaiveMae(y, 7)).isNaN();
    }

    @Test
    void coverageCountsActualsInsideTheirBoundsBoundsIncluded() {
        double[] lower = {9, 0, 16, 30};
        double[] upper = {11, 2, 25, 39};
        assertThat(Accuracy.coverage(ACTUAL, lower, upper)).isEqualTo(0.75);
    }

    @Test
    void scoresAStoredForecastOnceItsActualsArrive() {
        LocalDate first = LocalDate.of(2025, 3, 1);
        double[] point = {12, 1, 15, 40, 10, 10, 10};
        double[] actual = {10, 0, 20, 40, 10, 10, 50};
        List<DailyForecast> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new DailyForecast(first.plusDays(i), i + 1, amount(point[i]),
                    interval(point[i] - 1, point[i] + 1), interval(point[i] - 3, point[i] + 6)));
        }
        // Forecast total 98, actual 140: -30 %; only the 95 % interval reaches the actual total.
        List<TotalForecast> totals = List.of(new TotalForecast(TotalKind.NEXT_7_DAYS, first, first.plusDays(6),
                amount(0), amount(98), interval(90, 110), interval(80, 140)));
        Forecast forecast = new Forecast(first, 100, ModelKind.LINEAR_TREND, 4, List.of(), days, totals);

        HorizonScore score = AccuracyScorer.score(forecast, DailySeries.of(first, actual), 7).orElseThrow();

        // Errors 2, 1, 5, 0, 0, 0, 40: MAE 48/7; APE 0.2, -, 0.25, 0, 0, 0, 0.8 over six days: 1.25/6.
        assertThat(score.model()).isEqualTo(ModelKind.LINEAR_TREND);
        assertThat(score.mase()).isCloseTo(48.0 / 7 / 4, within(1e-12));
        assertThat(score.mape()).isCloseTo(100 * 1.25 / 6, within(1e-9));
        assertThat(score.zeroActuals()).isEqualTo(1);
        // 80 %: 10 out (11..13), 0 in, 20 out, 40 in, 10 in, 10 in, 50 out: 4/7. 95 %: 50 out only: 6/7.
        assertThat(score.coverage80()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(score.coverage95()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(score.totalPercentError()).isCloseTo(-30, within(1e-9));
        assertThat(score.totalInside80()).isFalse();
        assertThat(score.totalInside95()).isTrue();
    }

    @Test
    void aHorizonIsScoredOnlyWhenAllItsDaysHaveActuals() {
        Forecast forecast = new Forecaster().forecast(Series.daily(Series.of(100, Series::weekly)));
        DailySeries twentyDays = DailySeries.of(forecast.firstDay(), Series.of(20, Series::weekly));

        assertThat(AccuracyScorer.score(forecast, twentyDays)).extracting(HorizonScore::horizon).containsExactly(7);
    }

    private static BigDecimal amount(double value) {
        return Amounts.of(value);
    }

    private static Interval interval(double lower, double upper) {
        return new Interval(amount(lower), amount(upper));
    }
}

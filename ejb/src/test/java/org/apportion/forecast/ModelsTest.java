package org.apportion.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsTest {

    @Test
    void seasonalNaiveRepeatsTheLastWeek() {
        double[] y = Series.of(30, Series::weekly);

        double[] f = new SeasonalNaive().fit(y, 30).forecast(14);

        for (int h = 1; h <= 14; h++) {
            assertThat(f[h - 1]).isEqualTo(Series.weekly(30 + h - 1));
        }
    }

    @Test
    void seasonalNaiveForecastsTheMeanOfLessThanAWeek() {
        assertThat(new SeasonalNaive().fit(new double[] {1, 2, 6}, 3).forecast(3)).containsExactly(3, 3, 3);
    }

    @Test
    void seasonalNaiveErrorGrowsWithTheWeeksAhead() {
        FittedModel fit = new SeasonalNaive().fit(Series.withNoise(Series.of(100, Series::weekly), 5, 1), 100);

        assertThat(fit.standardError(8) / fit.standardError(1)).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(fit.standardError(7)).isEqualTo(fit.standardError(1));
    }

    @Test
    void linearTrendRecoversTheSlopeAndTheWeekdays() {
        double[] y = Series.of(300, Series::trendAndSeason);

        double[] f = new LinearTrend().fit(y, 300).forecast(30);

        for (int h = 1; h <= 30; h++) {
            assertThat(f[h - 1]).isCloseTo(Series.trendAndSeason(300 + h - 1), within(1e-8));
        }
    }

    @Test
    void linearTrendRecoversTheSlopeThroughNoise() {
        double[] y = Series.withNoise(Series.of(400, t -> 1000 + 3 * t), 20, 7);

        double[] f = new LinearTrend().fit(y, 400).forecast(100);

        double slope = (f[99] - f[0]) / 99;
        assertThat(slope).isCloseTo(3, within(0.15));
        assertThat(f[0]).isCloseTo(1000 + 3 * 400, within(15.0));
    }

    @Test
    void linearTrendIntervalsWidenAwayFromTheData() {
        FittedModel fit = new LinearTrend().fit(Series.withNoise(Series.of(400, t -> 1000 + 3 * t), 20, 7), 400);

        assertThat(fit.standardError(1)).isCloseTo(20, within(3.0));
        assertThat(fit.standardError(90)).isGreaterThan(fit.standardError(1));
    }

    @Test
    void holtWintersIsExactOnAPureWeeklyPattern() {
        double[] y = Series.of(200, Series::weekly);

        double[] f = new HoltWinters(false).fit(y, 200).forecast(21);

        for (int h = 1; h <= 21; h++) {
            assertThat(f[h - 1]).isCloseTo(Series.weekly(200 + h - 1), within(1e-9));
        }
    }

    @Test
    void holtWintersRecoversTrendAndSeason() {
        double[] y = Series.of(400, Series::trendAndSeason);

        double[] f = new HoltWinters(false).fit(y, 400).forecast(60);

        for (int h = 1; h <= 60; h++) {
            assertThat(f[h - 1]).isCloseTo(Series.trendAndSeason(400 + h - 1), within(1e-6));
        }
    }

    @Test
    void holtWintersFollowsTrendAndSeasonThroughNoise() {
        double[] truth = Series.of(500, Series::trendAndSeason);
        double[] y = Series.withNoise(truth, 8, 11);

        double[] f = new HoltWinters(false).fit(y, 470).forecast(30);

        double[] actual = java.util.Arrays.copyOfRange(truth, 470, 500);
        assertThat(Accuracy.mape(actual, f)).isLessThan(3);
    }

    @Test
    void dampedHoltWintersFlattensTheTrend() {
        double[] y = Series.withNoise(Series.of(400, Series::trendAndSeason), 8, 3);

        double[] damped = new HoltWinters(true).fit(y, 400).forecast(90);
        double[] straight = new HoltWinters(false).fit(y, 400).forecast(90);

        assertThat(damped[89] - damped[82]).isLessThan(straight[89] - straight[82]);
    }

    @Test
    void holtWintersRefitKeepsAGoodFit() {
        double[] y = Series.withNoise(Series.of(500, Series::trendAndSeason), 8, 5);
        FittedModel first = new HoltWinters(true).fit(y, 400);

        double[] f = first.refit(y, 470).forecast(30);

        double[] actual = Series.of(500, Series::trendAndSeason);
        assertThat(Accuracy.mape(java.util.Arrays.copyOfRange(actual, 470, 500), f)).isLessThan(3);
    }

    @Test
    void backtestForecastsAreWhatAFitOnThePrefixForecasts() {
        double[] y = Series.withNoise(Series.of(200, Series::trendAndSeason), 8, 9);
        ForecastMatrix m = new ForecastMatrix(150, 200, 10);
        for (ForecastModel model : List.of(new SeasonalNaive(), new LinearTrend())) {
            FittedModel fit = model.fit(y, 150);
            fit.backtest(y, m);
            double[] later = model.fit(y, 180).forecast(10);
            for (int h = 1; h <= 10; h++) {
                assertThat(m.get(180, h)).as(model.kind() + " step " + h).isCloseTo(later[h - 1], within(1e-6));
            }
        }
    }

    @Test
    void ensembleIsTheMeanOfItsMembers() {
        double[] y = Series.withNoise(Series.of(200, Series::trendAndSeason), 8, 9);
        FittedModel naive = new SeasonalNaive().fit(y, 200);
        FittedModel trend = new LinearTrend().fit(y, 200);

        double[] f = new Ensemble(List.of(new SeasonalNaive(), new LinearTrend())).fit(y, 200).forecast(10);

        for (int h = 0; h < 10; h++) {
            assertThat(f[h]).isCloseTo((naive.forecast(10)[h] + trend.forecast(10)[h]) / 2, within(1e-9));
        }
    }
}

package org.apportion.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecasting engine: for one daily cost series, backtests the candidate models ({@link Backtest}), refits the
 * winner on the whole history, and forecasts each day of the daily horizon and the totals of the next 7, 30 and 90
 * days and of the current month, quarter and year, with 80 % and 95 % intervals ({@link Intervals}). Forecasts
 * never go below 0 unless the history itself has negative days (credits). Thread-safe; one series per call, so a
 * job forecasts many in parallel. A history of 28 days or less is too short to backtest: it gets the seasonal
 * naive forecast (the mean under a week) with intervals from its own residuals.
 */
public final class Forecaster {

    /** The longest of the next-N-days totals. */
    private static final int LONGEST_TOTAL = 90;

    private final ForecastSettings settings;

    public Forecaster() {
        this(ForecastSettings.defaults());
    }

    public Forecaster(ForecastSettings settings) {
        this.settings = settings;
    }

    public ForecastSettings settings() {
        return settings;
    }

    /** Forecasts with the model the backtest chooses. */
    public Forecast forecast(DailySeries history) {
        return forecast(history, null);
    }

    /**
     * Forecasts with the given candidate (when a series' model is pinned by hand, or to compare models), its
     * intervals still from its backtest; the forecast still lists every candidate's backtest score. A history
     * too short to backtest gets the seasonal naive forecast whatever the model asked for.
     */
    public Forecast forecast(DailySeries history, ModelKind pinned) {
        double[] y = history.raw();
        int n = y.length;
        if (n == 0) {
            throw new IllegalArgumentException("Cannot forecast an empty series");
        }
        double floor = 0;
        for (double v : y) {
            if (v < 0) {
                floor = Double.NEGATIVE_INFINITY;
                break;
            }
        }
        double scale = Accuracy.seasonalNaiveMae(y, n);
        FittedModel model;
        ErrorQuantiles errors;
        List<ModelScore> scores;
        if (Backtest.possible(n)) {
            Backtest.Outcome outcome = Backtest.run(y, n, settings, floor, scale, pinned);
            model = outcome.best().fitted().refit(y, n);
            errors = ErrorQuantiles.of(y, outcome.best().matrix(), settings.intervalOrigins());
            scores = outcome.scores();
        } else {
            model = new SeasonalNaive().fit(y, n);
            errors = ErrorQuantiles.none();
            scores = List.of();
        }
        LocalDate firstDay = history.end().plusDays(1);
        LocalDate yearEnd = firstDay.with(TemporalAdjusters.lastDayOfYear());
        int horizon = Math.max(Math.max(settings.dailyHorizon(), LONGEST_TOTAL), days(firstDay, yearEnd));
        double[] point = model.forecast(horizon);
        for (int i = 0; i < horizon; i++) {
            point[i] = Math.max(floor, point[i]);
        }
        Intervals intervals = new Intervals(errors, model, floor);
        return new Forecast(firstDay, n, model.kind(), scale, scores, days(firstDay, point, intervals),
                totals(history, firstDay, point, intervals));
    }

    private List<DailyForecast> days(LocalDate firstDay, double[] point, Intervals intervals) {
        List<DailyForecast> days = new ArrayList<>(settings.dailyHorizon());
        for (int h = 1; h <= settings.dailyHorizon(); h++) {
            double[] b = intervals.daily(h, point[h - 1]);
            days.add(new DailyForecast(firstDay.plusDays(h - 1), h, Amounts.of(point[h - 1]),
                    new Interval(Amounts.of(b[1]), Amounts.of(b[2])), new Interval(Amounts.of(b[0]), Amounts.of(b[3]))));
        }
        return days;
    }

    private static List<TotalForecast> totals(DailySeries history, LocalDate firstDay, double[] point, Intervals intervals) {
        List<TotalForecast> totals = new ArrayList<>(TotalKind.values().length);
        for (TotalKind kind : TotalKind.values()) {
            LocalDate from = switch (kind) {
                case NEXT_7_DAYS, NEXT_30_DAYS, NEXT_90_DAYS -> firstDay;
                case MONTH -> firstDay.withDayOfMonth(1);
                case QUARTER -> firstDay.with(IsoFields.DAY_OF_QUARTER, 1);
                case YEAR -> firstDay.withDayOfYear(1);
            };
            LocalDate to = switch (kind) {
                case NEXT_7_DAYS -> firstDay.plusDays(6);
                case NEXT_30_DAYS -> firstDay.plusDays(29);
                case NEXT_90_DAYS -> firstDay.plusDays(89);
                case MONTH -> firstDay.with(TemporalAdjusters.lastDayOfMonth());
                case QUARTER -> from.plusMonths(3).minusDays(1);
                case YEAR -> firstDay.with(TemporalAdjusters.lastDayOfYear());
            };
            int k = days(firstDay, to);
            double actual = 0;
            for (LocalDate d = from.isBefore(history.start()) ? history.start() : from; d.isBefore(firstDay); d = d.plusDays(1)) {
                actual += history.valueOn(d);
            }
            double sum = 0;
            for (int h = 0; h < k; h++) {
                sum += point[h];
            }
            double[] b = intervals.total(k, sum);
            totals.add(new TotalForecast(kind, from, to, Amounts.of(actual), Amounts.of(sum),
                    new Interval(Amounts.of(actual + b[1]), Amounts.of(actual + b[2])),
                    new Interval(Amounts.of(actual + b[0]), Amounts.of(actual + b[3]))));
        }
        return totals;
    }

    /** Days from {@code first} to {@code last}, both inclusive. */
    private static int days(LocalDate first, LocalDate last) {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }
}

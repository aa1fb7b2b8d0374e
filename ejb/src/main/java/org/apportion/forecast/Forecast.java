package org.apportion.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * The forecast of one series, as the accuracy record stores it: the model the backtest chose (and how every
 * candidate scored), the in-sample seasonal naive MAE that scales its MASE when actuals arrive, daily forecasts
 * from {@code firstDay} on, and the totals.
 *
 * @param firstDay         the day after the last day of history
 * @param historyDays      how many days of history it was fitted on
 * @param seasonalNaiveMae mean absolute one-week difference of the history: the MASE denominator (NaN under 8 days)
 * @param backtest         every candidate's backtest score, empty when the history was too short to backtest
 */
public record Forecast(LocalDate firstDay, int historyDays, ModelKind model, double seasonalNaiveMae,
                       List<ModelScore> backtest, List<DailyForecast> days, List<TotalForecast> totals) {

    public Forecast {
        backtest = List.copyOf(backtest);
        days = List.copyOf(days);
        totals = List.copyOf(totals);
    }

    /** The first {@code horizon} days (7, 30 and 90 are the published horizons). */
    public List<DailyForecast> days(int horizon) {
        if (horizon > days.size()) {
            throw new IllegalArgumentException("The forecast covers " + days.size() + " days, not " + horizon);
        }
        return days.subList(0, horizon);
    }

    public TotalForecast total(TotalKind kind) {
        return totals.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}

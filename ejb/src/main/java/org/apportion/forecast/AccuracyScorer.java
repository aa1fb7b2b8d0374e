package org.apportion.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a stored forecast against the actuals of its days, per published horizon: the accuracy record. A horizon
 * is scored once all of its days have actuals, and only then, so that scores of different forecasts compare.
 */
public final class AccuracyScorer {

    /** The published horizons, with the totals of the same length ({@link TotalKind#NEXT_7_DAYS} and so on). */
    public static final List<Integer> HORIZONS = List.of(7, 30, 90);

    private AccuracyScorer() {
    }

    /** The scores of every published horizon the actuals fully cover. */
    public static List<HorizonScore> score(Forecast forecast, DailySeries actuals) {
        List<HorizonScore> scores = new ArrayList<>();
        for (int horizon : HORIZONS) {
            score(forecast, actuals, horizon).ifPresent(scores::add);
        }
        return scores;
    }

    /** The score of the first {@code horizon} days (7, 30 or 90), if the actuals cover them all. */
    public static Optional<HorizonScore> score(Forecast forecast, DailySeries actuals, int horizon) {
        TotalKind totalKind = switch (horizon) {
            case 7 -> TotalKind.NEXT_7_DAYS;
            case 30 -> TotalKind.NEXT_30_DAYS;
            case 90 -> TotalKind.NEXT_90_DAYS;
            default -> throw new IllegalArgumentException("Not a published horizon: " + horizon);
        };
        LocalDate last = forecast.firstDay().plusDays(horizon - 1L);
        if (horizon > forecast.days().size() || actuals.length() == 0 || actuals.start().isAfter(forecast.firstDay())
                || actuals.end().isBefore(last)) {
            return Optional.empty();
        }
        List<DailyForecast> days = forecast.days(horizon);
        double[] actual = new double[horizon];
        double[] point = new double[horizon];
        double[] lower80 = new double[horizon];
        double[] upper80 = new double[horizon];
        double[] lower95 = new double[horizon];
        double[] upper95 = new double[horizon];
        double actualTotal = 0;
        for (int i = 0; i < horizon; i++) {
            DailyForecast day = days.get(i);
            actual[i] = actuals.valueOn(day.date());
            point[i] = day.point().doubleValue();
            lower80[i] = day.p80().lower().doubleValue();
            upper80[i] = day.p80().upper().doubleValue();
            lower95[i] = day.p95().lower().doubleValue();
            upper95[i] = day.p95().upper().doubleValue();
            actualTotal += actual[i];
        }
        TotalForecast total = forecast.total(totalKind);
        double forecastTotal = total.total().doubleValue();
        double totalError = actualTotal == 0 ? Double.NaN : 100 * (forecastTotal - actualTotal) / actualTotal;
        return Optional.of(new HorizonScore(forecast.model(), horizon, Accuracy.mape(actual, point),
                Accuracy.zeroActuals(actual), Accuracy.mase(actual, point, forecast.seasonalNaiveMae()),
                Accuracy.coverage(actual, lower80, upper80), Accuracy.coverage(actual, lower95, upper95), totalError,
                total.p80().contains(actualTotal), total.p95().contains(actualTotal)));
    }
}

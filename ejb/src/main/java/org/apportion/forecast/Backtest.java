package org.apportion.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * The rolling-origin backtest that chooses a series' model and supplies the errors its intervals are made of.
 * <ul>
 *   <li>Origins are a day apart, from the first origin to the day before the forecast. The first origin lies
 *   {@code max(selectionOrigins, intervalOrigins) + dailyHorizon - 1} days before the end (453 by default), but no
 *   earlier than half the history (or 26 weeks) and never before day 28.</li>
 *   <li>Every candidate is fitted once on the days before the first origin and then forecasts from every origin,
 *   its states (or, for the linear trend, its least-squares line) updated with the days before each origin, as a
 *   nightly job would have run it. No day at or after an origin is used for that origin's forecast.</li>
 *   <li>Selection: for step {@code h}, the errors of the last {@code selectionOrigins} (91) origins that can be
 *   checked at that step count; the candidate with the lowest mean absolute error over steps 1 to the selection
 *   horizon (30) wins, which is the lowest MASE, the scale being the same for every candidate of a series. Ties go
 *   to the simpler model ({@link ModelKind} order). An {@code ensembleMargin} above 0 keeps the ensemble unless
 *   another candidate beats it by that share.</li>
 * </ul>
 */
final class Backtest {

    /** Days of history before the first origin: four weeks, enough to start and fit Holt-Winters. */
    static final int MIN_TRAIN = 28;
    /**
     * The backtest starts no earlier than half the history (or 26 weeks, if less): errors of models fitted on far
     * less than today's history would overstate today's errors and widen the intervals.
     */
    static final int HALF_HISTORY_CAP = 182;

    /** A candidate: its fit on the days before the first origin and its backtest forecasts. */
    record Candidate(FittedModel fitted, ForecastMatrix matrix, double meanAbsoluteError) {
    }

    record Outcome(List<ModelScore> scores, Candidate best) {
    }

    private Backtest() {
    }

    static boolean possible(int n) {
        return n > MIN_TRAIN;
    }

    static int firstOrigin(int n, ForecastSettings settings) {
        int enough = Math.max(MIN_TRAIN, Math.min(n / 2, HALF_HISTORY_CAP));
        return Math.max(enough, n - (settings.origins() + settings.dailyHorizon() - 1));
    }

    /** The first origin whose step-{@code h} error counts: one of the last {@code origins} checkable at that step. */
    static int firstScoredOrigin(ForecastMatrix m, int h, int origins) {
        return Math.max(m.firstOrigin(), m.n() - h - origins + 1);
    }

    /** Backtests every candidate; the best one wins unless {@code pinned} (not null) names the one to take. */
    static Outcome run(double[] y, int n, ForecastSettings settings, double floor, double scale, ModelKind pinned) {
        int first = firstOrigin(n, settings);
        List<ForecastModel> models = settings.baseModels();
        List<FittedModel> fitted = new ArrayList<>(models.size());
        List<ForecastMatrix> matrices = new ArrayList<>(models.size() + 1);
        for (ForecastModel model : models) {
            FittedModel f = model.fit(y, first);
            ForecastMatrix m = new ForecastMatrix(first, n, settings.dailyHorizon());
            f.backtest(y, m);
            fitted.add(f);
            matrices.add(m);
        }
        if (settings.ensemble()) {
            // Averaged before clipping, as the ensemble's own forecast is.
            matrices.add(ForecastMatrix.mean(matrices.toArray(ForecastMatrix[]::new)));
            fitted.add(Ensemble.of(fitted));
        }
        List<ModelScore> scores = new ArrayList<>(fitted.size());
        Candidate best = null;
        for (int i = 0; i < fitted.size(); i++) {
            ForecastMatrix m = matrices.get(i);
            m.clip(floor);
            double mae = selectionError(y, m, settings);
            scores.add(new ModelScore(fitted.get(i).kind(), scale > 0 ? mae / scale : mae == 0 ? 0 : Double.POSITIVE_INFINITY));
            boolean wins = pinned == null ? best == null || mae < best.meanAbsoluteError() : fitted.get(i).kind() == pinned;
            if (wins) {
                best = new Candidate(fitted.get(i), m, mae);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(pinned + " is not among the candidates " + settings.candidates());
        }
        if (pinned == null && settings.ensemble() && best.fitted().kind() != ModelKind.ENSEMBLE) {
            ForecastMatrix ensemble = matrices.getLast();
            double ensembleError = selectionError(y, ensemble, settings);
            if (best.meanAbsoluteError() > (1 - settings.ensembleMargin()) * ensembleError) {
                best = new Candidate(fitted.getLast(), ensemble, ensembleError);
            }
        }
        return new Outcome(scores, best);
    }

    private static double selectionError(double[] y, ForecastMatrix m, ForecastSettings settings) {
        double sum = 0;
        long count = 0;
        int steps = Math.min(settings.selectionHorizon(), m.maxStep());
        for (int h = 1; h <= steps; h++) {
            for (int o = firstScoredOrigin(m, h, settings.selectionOrigins()); o <= m.n() - h; o++) {
                sum += Math.abs(y[o + h - 1] - m.get(o, h));
                count++;
            }
        }
        return count == 0 ? Double.POSITIVE_INFINITY : sum / count;
    }
}

package org.apportion.forecast;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How the engine forecasts. The defaults ({@link #defaults()}) are what docs/FORECASTING.md describes.
 *
 * @param selectionOrigins        backtest origins per step that choose the model: the last this many origins
 *                                (a day apart) that can be checked at that step
 * @param intervalOrigins         backtest origins per step whose errors the chosen model's intervals are taken from
 * @param selectionHorizon        the steps (1 to this) whose backtest MASE chooses the model
 * @param dailyHorizon            days forecast one by one (the published 7/30/90-day horizons lie within)
 * @param linearTrendWindow       days the linear trend is fitted on
 * @param maxOptimizerEvaluations cap on the Holt-Winters fit's objective evaluations
 * @param candidates              the models to choose from; {@link ModelKind#ENSEMBLE} averages all the others
 * @param ensembleMargin          how much lower (a share, 0 to 1) another candidate's backtest MASE must be than
 *                                the ensemble's to be chosen over it; 0 chooses the lowest
 */
public record ForecastSettings(int selectionOrigins, int intervalOrigins, int selectionHorizon, int dailyHorizon, int linearTrendWindow,
                               int maxOptimizerEvaluations, Set<ModelKind> candidates, double ensembleMargin) {

    public ForecastSettings {
        if (selectionOrigins < 1 || intervalOrigins < 1 || selectionHorizon < 1 || dailyHorizon < 1 || linearTrendWindow < 2 || maxOptimizerEvaluations < 10) {
            throw new IllegalArgumentException("Bad forecast settings");
        }
        if (selectionHorizon > dailyHorizon) {
            throw new IllegalArgumentException("selectionHorizon " + selectionHorizon + " is beyond dailyHorizon " + dailyHorizon);
        }
        if (candidates.isEmpty() || candidates.equals(Set.of(ModelKind.ENSEMBLE))) {
            throw new IllegalArgumentException("No model to choose from: " + candidates);
        }
        candidates = Set.copyOf(candidates);
        if (!(ensembleMargin >= 0 && ensembleMargin < 1)) {
            throw new IllegalArgumentException("ensembleMargin must be in [0, 1), was " + ensembleMargin);
        }
    }

    /** Plain lowest MASE: a margin for the ensemble helped the synthetic series and hurt the demo data (BENCHMARKS.md). */
    static final double DEFAULT_ENSEMBLE_MARGIN = 0;

    public static ForecastSettings defaults() {
        return new ForecastSettings(91, 364, 30, 90, LinearTrend.DEFAULT_WINDOW, HoltWintersFit.DEFAULT_MAX_EVALUATIONS,
                EnumSet.allOf(ModelKind.class), DEFAULT_ENSEMBLE_MARGIN);
    }

    public ForecastSettings withCandidates(Set<ModelKind> kinds) {
        return new ForecastSettings(selectionOrigins, intervalOrigins, selectionHorizon, dailyHorizon, linearTrendWindow, maxOptimizerEvaluations, kinds, ensembleMargin);
    }

    public ForecastSettings withEnsembleMargin(double margin) {
        return new ForecastSettings(selectionOrigins, intervalOrigins, selectionHorizon, dailyHorizon, linearTrendWindow,
                maxOptimizerEvaluations, candidates, margin);
    }

    /** Origins per step of the backtest: enough for both the selection and the intervals. */
    int origins() {
        return Math.max(selectionOrigins, intervalOrigins);
    }

    /** The candidates other than the ensemble, in {@link ModelKind} order. */
    List<ForecastModel> baseModels() {
        List<ForecastModel> models = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            if (candidates.contains(kind)) {
                switch (kind) {
                    case SEASONAL_NAIVE -> models.add(new SeasonalNaive());
                    case LINEAR_TREND -> models.add(new LinearTrend(linearTrendWindow));
                    case HOLT_WINTERS -> models.add(new HoltWinters(false, maxOptimizerEvaluations));
                    case DAMPED_HOLT_WINTERS -> models.add(new HoltWinters(true, maxOptimizerEvaluations));
                    case ENSEMBLE -> {
                    }
                }
            }
        }
        return models;
    }

    boolean ensemble() {
        return candidates.contains(ModelKind.ENSEMBLE) && baseModels().size() > 1;
    }
}

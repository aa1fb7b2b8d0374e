package org.apportion.forecast;

import java.util.List;

/**
 * The equal-weight mean of other models' forecasts. Equal weights rather than weights from backtest errors:
 * combinations of this kind are hard to beat in forecasting competitions (M3, M4), and weights taken from the same
 * backtest that then judges the ensemble would flatter it.
 */
public final class Ensemble implements ForecastModel {

    private final List<ForecastModel> members;

    public Ensemble(List<ForecastModel> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs members");
        }
        if (members.stream().anyMatch(m -> m.kind() == ModelKind.ENSEMBLE)) {
            throw new IllegalArgumentException("An ensemble cannot contain an ensemble");
        }
        this.members = List.copyOf(members);
    }

    public List<ForecastModel> members() {
        return members;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.ENSEMBLE;
    }

    @Override
    public FittedModel fit(double[] y, int n) {
        return of(members.stream().map(m -> m.fit(y, n)).toList());
    }

    /** The ensemble of models already fitted to the same days. */
    static FittedModel of(List<FittedModel> fitted) {
        return new Fitted(List.copyOf(fitted));
    }

    private record Fitted(List<FittedModel> members) implements FittedModel {

        @Override
        public ModelKind kind() {
            return ModelKind.ENSEMBLE;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] mean = new double[horizon];
            for (FittedModel m : members) {
                double[] f = m.forecast(horizon);
                for (int h = 0; h < horizon; h++) {
                    mean[h] += f[h] / members.size();
                }
            }
            return mean;
        }

        /** The mean of the members' errors: exact if their errors move together, an upper bound otherwise. */
        @Override
        public double standardError(int step) {
            return members.stream().mapToDouble(m -> m.standardError(step)).average().orElseThrow();
        }

        @Override
        public void backtest(double[] y, ForecastMatrix out) {
            ForecastMatrix[] each = new ForecastMatrix[members.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = new ForecastMatrix(out.firstOrigin(), out.n(), out.maxStep());
                members.get(i).backtest(y, each[i]);
            }
            ForecastMatrix mean = ForecastMatrix.mean(each);
            for (int o = out.firstOrigin(); o < out.n(); o++) {
                for (int h = 1; h <= out.steps(o); h++) {
                    out.set(o, h, mean.get(o, h));
                }
            }
        }

        @Override
        public FittedModel refit(double[] y, int n) {
            return new Fitted(members.stream().map(m -> m.refit(y, n)).toList());
        }
    }
}

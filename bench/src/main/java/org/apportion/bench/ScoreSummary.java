package org.apportion.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apportion.forecast.HorizonScore;

/** What {@link ForecastBenchmark} reports of many scores of one horizon. */
record ScoreSummary(int horizon, int count, double maseBelowOne, double medianMase, double coverage80,
                    double coverage95, double medianTotalError, double meanTotalError, double totalInside80,
                    double totalInside95, double medianMape) {

    static ScoreSummary of(int horizon, List<HorizonScore> scores) {
        List<HorizonScore> s = scores.stream().filter(x -> x.horizon() == horizon).toList();
        int n = s.size();
        double[] mase = s.stream().mapToDouble(HorizonScore::mase).sorted().toArray();
        double[] totalError = s.stream().mapToDouble(x -> Math.abs(x.totalPercentError()))
                .filter(Double::isFinite).sorted().toArray();
        double[] mape = s.stream().mapToDouble(HorizonScore::mape).filter(Double::isFinite).sorted().toArray();
        return new ScoreSummary(horizon, n,
                s.stream().filter(x -> x.mase() < 1).count() / (double) n,
                median(mase),
                s.stream().mapToDouble(HorizonScore::coverage80).average().orElse(Double.NaN),
                s.stream().mapToDouble(HorizonScore::coverage95).average().orElse(Double.NaN),
                median(totalError),
                Arrays.stream(totalError).average().orElse(Double.NaN),
                s.stream().filter(HorizonScore::totalInside80).count() / (double) n,
                s.stream().filter(HorizonScore::totalInside95).count() / (double) n,
                median(mape));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static String header() {
        return String.format("%8s %7s %9s %8s %7s %7s %12s %12s %9s %9s %8s", "horizon", "scores", "MASE<1",
                "med MASE", "cov80", "cov95", "|tot err| md", "|tot err| mn", "tot in80", "tot in95", "med MAPE");
    }

    String row() {
        return String.format("%6d d %7d %8.1f %% %8.3f %6.1f %% %6.1f %% %10.2f %% %10.2f %% %7.1f %% %7.1f %% %6.1f %%",
                horizon, count, 100 * maseBelowOne, medianMase, 100 * coverage80, 100 * coverage95, medianTotalError,
                meanTotalError, 100 * totalInside80, 100 * totalInside95, medianMape);
    }

    static List<String> table(List<HorizonScore> scores, int... horizons) {
        List<String> lines = new ArrayList<>();
        lines.add(header());
        for (int h : horizons) {
            if (scores.stream().anyMatch(x -> x.horizon() == h)) {
                lines.add(of(h, scores).row());
            }
        }
        return lines;
    }
}

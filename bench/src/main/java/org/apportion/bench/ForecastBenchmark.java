package org.apportion.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.forecast.AccuracyScorer;
import org.apportion.forecast.DailySeries;
import org.apportion.forecast.Forecast;
import org.apportion.forecast.ForecastSettings;
import org.apportion.forecast.Forecaster;
import org.apportion.forecast.HorizonScore;
import org.apportion.forecast.ModelKind;
import org.apportion.generator.DemoCompany;

/**
 * Measures the forecasting engine (docs/BENCHMARKS.md): accuracy and speed on synthetic series of known structure
 * ({@link SyntheticSeries}: each fitted on its first {@code --days} days, scored on the {@code --holdout} days
 * after), and accuracy on the demo data set's daily cost per team, per service and in total
 * ({@link DemoCostSeries}; forecast from origins a week apart over its last {@code --holdout} days). Prints the
 * share of series with MASE below 1, the daily 80 % and 95 % interval coverage, the error of the 7-, 30- and
 * 90-day totals and the wall-clock time to fit, backtest and forecast all synthetic series (parallel, after a
 * short warm-up).
 * <p>Usage: {@code ForecastBenchmark [--series N] [--days D] [--holdout H] [--seed S] [--demo-today YYYY-MM-DD]
 * [--no-demo] [--ablation] [--ensemble-margin M]}; {@code --ablation} also scores each model alone on the first
 * 2,000 series, {@code --ensemble-margin} overrides {@link ForecastSettings#ensembleMargin()}.
 */
public final class ForecastBenchmark {

    private static final LocalDate SYNTHETIC_START = LocalDate.of(2024, 1, 1);
    private static final int WARM_UP = 200;
    private static final int ABLATION_SERIES = 2_000;

    private ForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int series = 10_000;
        int days = 730;
        int holdout = 90;
        long seed = 1;
        LocalDate demoToday = LocalDate.of(2026, 1, 15);
        boolean demo = true;
        boolean ablation = false;
        ForecastSettings settings = ForecastSettings.defaults();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--series" -> series = Integer.parseInt(args[++i].replace("_", ""));
                case "--days" -> days = Integer.parseInt(args[++i]);
                case "--holdout" -> holdout = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--demo-today" -> demoToday = LocalDate.parse(args[++i]);
                case "--no-demo" -> demo = false;
                case "--ablation" -> ablation = true;
                case "--ensemble-margin" -> settings = settings.withEnsembleMargin(Double.parseDouble(args[++i]));
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "; usage: [--series N] [--days D]"
                        + " [--holdout H] [--seed S] [--demo-today YYYY-MM-DD] [--no-demo] [--ablation] [--ensemble-margin M]");
            }
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        say("Machine:    " + Runtime.getRuntime().availableProcessors() + " processors, Java " + Runtime.version()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, load average "
                + String.format("%.2f", os.getSystemLoadAverage()));
        Forecaster forecaster = new Forecaster(settings);
        say("Settings:   " + settings);
        synthetic(forecaster, series, days, holdout, seed, ablation, os);
        if (demo) {
            Path project = Path.of(System.getProperty("apportion.project.dir", ".")).toAbsolutePath().normalize();
            demo(forecaster, demoToday, holdout, project.resolve("bench/target/forecast-demo"));
        }
    }

    private static void synthetic(Forecaster forecaster, int count, int days, int holdout, long seed, boolean ablation,
                                  OperatingSystemMXBean os) {
        long start = System.nanoTime();
        List<SyntheticSeries.Drawn> drawn = SyntheticSeries.generate(seed, count, days + holdout, SYNTHETIC_START);
        List<DailySeries> histories = drawn.stream().map(d -> d.series().head(days)).toList();
        say(String.format("Synthetic:  %,d series of %d days + %d held out, seed %d, generated in %.1f s", count, days,
                holdout, seed, seconds(start)));
        histories.stream().limit(WARM_UP).forEach(forecaster::forecast);
        double load = os.getSystemLoadAverage();
        long cpu = os.getProcessCpuTime();
        start = System.nanoTime();
        List<Forecast> forecasts = histories.parallelStream().map(forecaster::forecast).toList();
        double wall = seconds(start);
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        say(String.format("  fit + backtest + forecast: %.1f s wall (%.2f ms a series), %.1f s CPU, load average %.2f"
                + " before and %.2f after", wall, 1000 * wall / count, cpuSeconds, load, os.getSystemLoadAverage()));
        List<HorizonScore> scores = score(forecasts, drawn.stream().map(SyntheticSeries.Drawn::series).toList());
        ScoreSummary.table(scores, 7, 30, 90).forEach(line -> say("  " + line));
        say("  models chosen: " + counts(forecasts, f -> f.model().name()));
        say("  by structure, 30-day horizon (share MASE<1, cov80, cov95):");
        Map<String, List<HorizonScore>> byStructure = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String structure = drawn.get(i).structure();
            AccuracyScorer.score(forecasts.get(i), drawn.get(i).series(), 30)
                    .ifPresent(s -> byStructure.computeIfAbsent(structure, k -> new ArrayList<>()).add(s));
        }
        byStructure.forEach((structure, s) -> {
            ScoreSummary summary = ScoreSummary.of(30, s);
            say(String.format("    %-40s %5d  %5.1f %%  %5.1f %%  %5.1f %%", structure, s.size(),
                    100 * summary.maseBelowOne(), 100 * summary.coverage80(), 100 * summary.coverage95()));
        });
        if (ablation) {
            ablation(forecaster, drawn.subList(0, Math.min(ABLATION_SERIES, count)), days);
        }
    }

    /** Each model alone against the selection, to show what choosing per series is worth. */
    private static void ablation(Forecaster forecaster, List<SyntheticSeries.Drawn> drawn, int days) {
        say(String.format("  each model alone on the first %,d series, 30-day horizon (share MASE<1, median MASE, cov95):",
                drawn.size()));
        List<DailySeries> full = drawn.stream().map(SyntheticSeries.Drawn::series).toList();
        for (ModelKind kind : ModelKind.values()) {
            List<Forecast> forecasts = full.parallelStream().map(s -> forecaster.forecast(s.head(days), kind)).toList();
            ScoreSummary s = ScoreSummary.of(30, score(forecasts, full));
            say(String.format("    %-22s %5.1f %%  %.3f  %5.1f %%", kind, 100 * s.maseBelowOne(), s.medianMase(),
                    100 * s.coverage95()));
        }
    }

    private static void demo(Forecaster forecaster, LocalDate today, int holdout, Path directory) throws Exception {
        DemoCompany company = new DemoCompany(DemoCompany.SEED, today);
        List<DemoCostSeries.Named> named = DemoCostSeries.read(company, directory);
        say(String.format("Demo data:  %d series (teams, services, total) of %s to %s, BilledCost per day of the FOCUS"
                + " bill; forecast from origins 7 days apart over the last %d days", named.size(), company.firstMonth(),
                company.lastMonth(), holdout));
        List<HorizonScore> scores = new ArrayList<>();
        Map<String, List<HorizonScore>> byGroup = new TreeMap<>();
        List<Forecast> firstForecasts = new ArrayList<>();
        for (DemoCostSeries.Named series : named) {
            int n = series.series().length();
            for (int origin = n - holdout; origin + 7 <= n; origin += 7) {
                Forecast f = forecaster.forecast(series.series().head(origin));
                if (origin == n - holdout) {
                    firstForecasts.add(f);
                }
                List<HorizonScore> s = AccuracyScorer.score(f, series.series());
                scores.addAll(s);
                byGroup.computeIfAbsent(series.name().replaceAll(":.*", ""), k -> new ArrayList<>()).addAll(s);
            }
        }
        ScoreSummary.table(scores, 7, 30, 90).forEach(line -> say("  " + line));
        say("  models chosen at the first origin: " + counts(firstForecasts, f -> f.model().name()));
        byGroup.forEach((group, s) -> {
            say("  " + group + ":");
            ScoreSummary.table(s, 7, 30).stream().skip(1).forEach(line -> say("  " + line));
        });
    }

    private static List<HorizonScore> score(List<Forecast> forecasts, List<DailySeries> actuals) {
        List<HorizonScore> scores = new ArrayList<>();
        for (int i = 0; i < forecasts.size(); i++) {
            scores.addAll(AccuracyScorer.score(forecasts.get(i), actuals.get(i)));
        }
        return scores;
    }

    private static <T> Map<String, Long> counts(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}

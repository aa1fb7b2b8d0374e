package org.apportion.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apportion.forecast.DailySeries;

/**
 * Daily cost series of known structure for {@link ForecastBenchmark}, each from its own seed: a level (10 to
 * 10,000 a day, log-uniform); no trend (30 %), a linear one (35 %, -40 % to +100 % over the series) or compound
 * growth (35 %, 0 to 4 % a month); a weekly pattern, none (20 %), a weekend dip to 30-90 % (55 %) or any weekday
 * profile (25 %), multiplying the level; multiplicative Gaussian noise with a coefficient of variation of 2 to 30 %
 * (log-uniform); spikes of 2 to 6 times the usual on about one day in 300, lasting 1 to 3 days; and in 15 % of the
 * series one lasting step of the level (x0.6 to x1.5) somewhere after the first 30 %. Costs are never negative.
 * The mix was fixed before the forecasting models were measured on it.
 */
final class SyntheticSeries {

    /** A generated series and the structure it was drawn with. */
    record Drawn(String trend, String week, double noise, boolean shift, int spikes, DailySeries series) {

        String structure() {
            return "trend=" + trend + " week=" + week + (shift ? " shift" : "");
        }
    }

    private SyntheticSeries() {
    }

    static List<Drawn> generate(long seed, int count, int days, LocalDate start) {
        List<Drawn> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i), days, start));
        }
        return drawn;
    }

    static Drawn draw(SplittableRandom random, int days, LocalDate start) {
        double level = Math.pow(10, 1 + 3 * random.nextDouble());
        double trendDraw = random.nextDouble();
        String trend = trendDraw < 0.30 ? "none" : trendDraw < 0.65 ? "linear" : "growth";
        double linearChange = -0.4 + 1.4 * random.nextDouble();
        double monthlyGrowth = 0.04 * random.nextDouble();
        double[] week = new double[7];
        double weekDraw = random.nextDouble();
        String weekName;
        if (weekDraw < 0.20) {
            weekName = "none";
            java.util.Arrays.fill(week, 1);
        } else if (weekDraw < 0.75) {
            weekName = "weekend-dip";
            double weekend = 0.3 + 0.6 * random.nextDouble();
            int saturday = random.nextInt(7);
            for (int d = 0; d < 7; d++) {
                week[d] = d == saturday || d == (saturday + 1) % 7 ? weekend : 1;
            }
        } else {
            weekName = "profile";
            for (int d = 0; d < 7; d++) {
                week[d] = Math.max(0.2, 1 + 0.25 * random.nextGaussian());
            }
        }
        double noise = Math.exp(Math.log(0.02) + (Math.log(0.30) - Math.log(0.02)) * random.nextDouble());
        boolean shift = random.nextDouble() < 0.15;
        int shiftDay = shift ? (int) (days * (0.3 + 0.7 * random.nextDouble())) : Integer.MAX_VALUE;
        double shiftFactor = 0.6 + 0.9 * random.nextDouble();
        double[] values = new double[days];
        int spikeDaysLeft = 0;
        double spikeFactor = 1;
        int spikes = 0;
        for (int t = 0; t < days; t++) {
            double base = switch (trend) {
                case "linear" -> level * (1 + linearChange * t / days);
                case "growth" -> level * Math.pow(1 + monthlyGrowth, t / 30.4);
                default -> level;
            };
            if (t >= shiftDay) {
                base *= shiftFactor;
            }
            if (spikeDaysLeft == 0 && random.nextDouble() < 1.0 / 300) {
                spikeDaysLeft = 1 + random.nextInt(3);
                spikeFactor = 2 + 4 * random.nextDouble();
                spikes++;
            }
            double spike = spikeDaysLeft > 0 ? spikeFactor : 1;
            if (spikeDaysLeft > 0) {
                spikeDaysLeft--;
            }
            values[t] = Math.max(0, base * week[t % 7] * spike * (1 + noise * random.nextGaussian()));
        }
        return new Drawn(trend, weekName, noise, shift, spikes, DailySeries.of(start, values));
    }
}

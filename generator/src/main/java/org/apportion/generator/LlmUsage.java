package org.apportion.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apportion.generator.FictionalCompany.Load;
import org.apportion.generator.LlmWorkloads.ModelShare;
import org.apportion.generator.LlmWorkloads.Vendor;
import org.apportion.generator.LlmWorkloads.Workload;

/**
 * The company's daily token use of one LLM vendor, as both usage report forms write it: per workload, model,
 * API key, batch or not and context window. Volumes follow weekdays (internal tools rest at weekends), grow
 * month by month, shift to newer models, and spike when a client retries in a loop. A day's use depends only on
 * the spec and the day, so a month reads the same written alone or in the series.
 */
final class LlmUsage {

    /** One result: tokens of a workload's model through one API key on one day. */
    record Use(Workload workload, String model, String apiKeyId, boolean batch, boolean longContext,
               long inputTokens, long cachedInputTokens, long cacheWrite5mTokens, long cacheWrite1hTokens,
               long outputTokens, long requests, long webSearchRequests) {
    }

    private static final int GROWTH_PER_MONTH = 90;
    private static final int SPIKES = 3;
    /** How a workload's traffic divides over its API keys, in per mille, by number of keys. */
    private static final int[][] KEY_SHARES = {{1000}, {700, 300}, {550, 300, 150}};

    private final PeriodSpec spec;
    private final Vendor vendor;
    private final List<Workload> workloads;
    private final List<Spike> spikes;

    LlmUsage(PeriodSpec spec, Vendor vendor) {
        this.spec = spec;
        this.vendor = vendor;
        this.workloads = new LlmWorkloads(new FictionalCompany()).of(vendor);
        int[] owners = workloads.stream().mapToInt(Workload::index).toArray();
        this.spikes = Spike.draw(new SplittableRandom(Mixing.mix(spec.seed() * 31 + vendor.ordinal())), SPIKES, owners,
                1, spec.days());
    }

    /** The results of one day, in a fixed order: workload, model, key, standard before batch, short before long context. */
    List<Use> on(LocalDate day) {
        spec.requireCovers(YearMonth.from(day));
        SplittableRandom random = new SplittableRandom(Mixing.mix((spec.seed() * 31 + vendor.ordinal()) * 1_000_003L
                + day.toEpochDay()));
        int monthIndex = spec.monthIndex(YearMonth.from(day));
        List<Use> uses = new ArrayList<>();
        for (Workload workload : workloads) {
            double dayLoad = Seasonality.dayLoad(Load.OFFICE_HOURS, workload.production(), day.getDayOfWeek()) / 1000.0;
            double growth = Seasonality.growth(monthIndex, GROWTH_PER_MONTH) / 1000.0;
            int[] keyShares = KEY_SHARES[workload.apiKeyIds().size() - 1];
            for (ModelShare share : workload.models()) {
                int perMille = share.perMille(monthIndex, spec.months());
                if (perMille <= 0) {
                    continue;
                }
                for (int key = 0; key < keyShares.length; key++) {
                    double spike = Spike.factor(spikes, workload.index(), key, spec.dayIndex(day)) / 1000.0;
                    double tokens = workload.dailyInputTokens() * perMille / 1000.0 * keyShares[key] / 1000.0
                            * dayLoad * growth * spike * noise(random);
                    split(workload, share.model(), workload.apiKeyIds().get(key), tokens, random, uses);
                }
            }
        }
        return uses;
    }

    /** Divides a key's tokens into standard and batch, and into short and long context where the workload has them. */
    private static void split(Workload workload, String model, String key, double tokens, SplittableRandom random,
                              List<Use> uses) {
        boolean longContextModel = model.contains("sonnet-4");
        for (boolean batch : workload.batchPerMille() > 0 ? new boolean[]{false, true} : new boolean[]{false}) {
            for (boolean longContext : workload.longContextPerMille() > 0 && longContextModel
                    ? new boolean[]{false, true} : new boolean[]{false}) {
                double part = tokens * portion(workload.batchPerMille(), batch) * portion(workload.longContextPerMille(), longContext);
                long input = Math.round(part);
                if (input > 0) {
                    uses.add(use(workload, model, key, batch, longContext, input, random));
                }
            }
        }
    }

    private static Use use(Workload workload, String model, String key, boolean batch, boolean longContext, long input,
                           SplittableRandom random) {
        long cached = Math.min(input, Math.round(input * workload.cachedPerMille() / 1000.0 * noise(random)));
        long writes = Math.min(input - cached, Math.round(input * workload.cacheWritePerMille() / 1000.0));
        long writes1h = writes / 4;
        long output = Math.round(input * workload.outputPerMille() / 1000.0 * noise(random));
        long requests = Math.max(1, Math.round(input / (workload.promptTokens() * noise(random))));
        long searches = requests * workload.webSearchesPerThousandRequests() / 1000;
        return new Use(workload, model, key, batch, longContext, input, cached, writes - writes1h, writes1h, output,
                requests, searches);
    }

    private static double portion(int perMille, boolean inPart) {
        return (inPart ? perMille : 1000 - perMille) / 1000.0;
    }

    private static double noise(SplittableRandom random) {
        return (850 + random.nextInt(301)) / 1000.0;
    }
}

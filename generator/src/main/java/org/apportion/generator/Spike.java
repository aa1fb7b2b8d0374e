package org.apportion.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An anomaly: one item of one owner (a service of a sub-account, an API key of an LLM project) uses many times
 * its usual for a few days.
 */
record Spike(int owner, int item, long firstDay, long days, int factor) {

    /** {@code count} spikes on random owners and items, each 1 to 3 days long, 6 to 12 times the usual load. */
    static List<Spike> draw(SplittableRandom random, int count, int[] owners, int items, long daysInRange) {
        List<Spike> spikes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spikes.add(new Spike(owners[random.nextInt(owners.length)], random.nextInt(items),
                    random.nextLong(Math.max(1, daysInRange - 3)), 1 + random.nextInt(3), 6000 + random.nextInt(6001)));
        }
        return spikes;
    }

    /** The load factor in per mille of that owner's item on that day: 1000 unless a spike covers it. */
    static int factor(List<Spike> spikes, int owner, int item, long day) {
        int factor = 1000;
        for (Spike s : spikes) {
            if (s.owner == owner && s.item == item && day >= s.firstDay && day < s.firstDay + s.days) {
                factor = s.factor;
            }
        }
        return factor;
    }
}

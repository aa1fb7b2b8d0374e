package org.apportion.generator;

import java.time.YearMonth;

/** Well-mixed 64-bit values from small inputs (the SplitMix64 finalizer): stable identities and seeds. */
final class Mixing {

    private Mixing() {
    }

    static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed of its own for each month of a series, so that a month's report is the same written alone or in the series. */
    static long monthSeed(long seed, YearMonth month) {
        return mix(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
    }

    /** Letters and digits derived from a value: provider-looking ids ({@code proj_…}, {@code key_…}). */
    static String alphanumeric(long value, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder id = new StringBuilder(length);
        long bits = value;
        for (int i = 0; i < length; i++) {
            if (i % 8 == 0) {
                bits = mix(bits + i);
            }
            id.append(alphabet.charAt((int) Math.floorMod(bits, alphabet.length())));
            bits >>>= 7;
        }
        return id.toString();
    }

    /** Lower-case base32 ({@code a-z2-7}), as AWS writes line item ids. */
    static String base32(long value, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder id = new StringBuilder(length);
        long bits = value;
        for (int i = 0; i < length; i++) {
            if (i % 12 == 0) {
                bits = mix(value * 4099 + i);
            }
            id.append(alphabet.charAt((int) (bits & 31)));
            bits >>>= 5;
        }
        return id.toString();
    }
}

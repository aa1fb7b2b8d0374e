package org.apportion.allocation;

import java.util.function.Predicate;

/**
 * Compiles a glob ({@code *}, {@code ?}) once into a matcher without regular expressions: the common shapes
 * (no wildcard, {@code prefix*}) become equals and startsWith, the rest a two-pointer match that backtracks only
 * to the last star, so it is linear in practice and at worst glob length × value length.
 */
final class Glob {

    private Glob() {
    }

    static Predicate<String> compile(String glob) {
        int star = glob.indexOf('*');
        boolean question = glob.indexOf('?') >= 0;
        if (star < 0 && !question) {
            return glob::equals;
        }
        if (!question && star == glob.length() - 1) {
            String prefix = glob.substring(0, star);
            return value -> value.startsWith(prefix);
        }
        return value -> matches(glob, value);
    }

    /** The characters before the first wildcard: every value the glob matches starts with them. */
    static String literalPrefix(String glob) {
        int end = 0;
        while (end < glob.length() && glob.charAt(end) != '*' && glob.charAt(end) != '?') {
            end++;
        }
        return glob.substring(0, end);
    }

    static boolean matches(String glob, String value) {
        int g = 0;
        int v = 0;
        int lastStar = -1;
        int resumeAt = 0;
        while (v < value.length()) {
            char c = g < glob.length() ? glob.charAt(g) : 0;
            if (g < glob.length() && c != '*' && (c == '?' || c == value.charAt(v))) {
                g++;
                v++;
            } else if (c == '*' && g < glob.length()) {
                lastStar = g++;
                resumeAt = v;
            } else if (lastStar >= 0) {
                g = lastStar + 1;
                v = ++resumeAt;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}

package org.apportion.costmodel;

import java.util.regex.Pattern;

/**
 * One criterion of a category rule, compiled once: a plain value compares ignoring case, a value with
 * {@code *} becomes a prefix, suffix or contains test, and only a value with {@code *} inside becomes a
 * regular expression. Plain and simple wildcard tests allocate nothing, so a rule set can judge millions
 * of cost lines. A null line value matches nothing.
 */
sealed interface ValueMatcher {

    boolean matches(String value);

    static ValueMatcher of(String pattern) {
        String core = strip(pattern);
        boolean leading = pattern.startsWith("*");
        boolean trailing = pattern.length() > 1 && pattern.endsWith("*");
        if (core.contains("*")) {
            return new Wildcards(pattern);
        }
        if (core.isEmpty()) {
            return new Any();
        }
        if (leading && trailing) {
            return new Contains(core);
        }
        return leading ? new Suffix(core) : trailing ? new Prefix(core) : new Exact(core);
    }

    private static String strip(String pattern) {
        int start = pattern.startsWith("*") ? 1 : 0;
        int end = pattern.length() > start && pattern.endsWith("*") ? pattern.length() - 1 : pattern.length();
        return pattern.substring(start, Math.max(start, end));
    }

    record Any() implements ValueMatcher {
        public boolean matches(String value) {
            return value != null;
        }
    }

    record Exact(String expected) implements ValueMatcher {
        public boolean matches(String value) {
            return expected.equalsIgnoreCase(value);
        }
    }

    record Prefix(String prefix) implements ValueMatcher {
        public boolean matches(String value) {
            return value != null && value.regionMatches(true, 0, prefix, 0, prefix.length());
        }
    }

    record Suffix(String suffix) implements ValueMatcher {
        public boolean matches(String value) {
            return value != null && value.regionMatches(true, value.length() - suffix.length(), suffix, 0, suffix.length());
        }
    }

    record Contains(String part) implements ValueMatcher {
        public boolean matches(String value) {
            if (value == null) {
                return false;
            }
            for (int i = 0; i + part.length() <= value.length(); i++) {
                if (value.regionMatches(true, i, part, 0, part.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    record Wildcards(Pattern regex) implements ValueMatcher {
        Wildcards(String pattern) {
            this(Pattern.compile(toRegex(pattern), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
        }

        public boolean matches(String value) {
            return value != null && regex.matcher(value).matches();
        }

        private static String toRegex(String pattern) {
            StringBuilder regex = new StringBuilder();
            for (String literal : pattern.split("\\*", -1)) {
                if (!regex.isEmpty()) {
                    regex.append(".*");
                }
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal));
                }
            }
            return regex.toString();
        }
    }
}

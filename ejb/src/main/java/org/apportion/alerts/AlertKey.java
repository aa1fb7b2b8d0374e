package org.apportion.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apportion.base.FieldProblem;

/**
 * What makes an alert the same alert: type, subject ({@code budget:42}), period ({@code 2025-03}, a day
 * {@code 2025-03-14} or a range {@code 2025-03-01..2025-03-31}) and level. An alert raised again with the same
 * key is not stored nor sent again; a higher level of the same subject and period is a new alert.
 */
public record AlertKey(AlertType type, String subject, String period, AlertLevel level) {

    /** A kind of thing and its id, e.g. {@code budget:42}, {@code cost-center:CC-1001}, {@code test:2025-...}. */
    private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9-]*:[^\\s]{1,160}");
    private static final Pattern PERIOD = Pattern.compile(
            "\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}\\.\\.\\d{4}-\\d{2}-\\d{2}");

    public AlertKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        List<FieldProblem> problems = problemsOf(subject, period);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.getFirst().field() + ": " + problems.getFirst().message());
        }
    }

    /** What is wrong with a subject and period, for reporting every bad field of a request at once. */
    public static List<FieldProblem> problemsOf(String subject, String period) {
        List<FieldProblem> problems = new ArrayList<>();
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            problems.add(FieldProblem.of("subject", "must be kind:id, e.g. budget:42 (lower-case kind, no spaces)"));
        }
        if (period == null || !PERIOD.matcher(period).matches()) {
            problems.add(FieldProblem.of("period", "must be YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD"));
        }
        return problems;
    }

    @Override
    public String toString() {
        return type + " " + subject + " " + period + " " + level;
    }
}

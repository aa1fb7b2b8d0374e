package org.apportion.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The problems between versions of one rule: a version defined twice, or two versions effective on the same day. */
final class VersionOverlaps {

    private VersionOverlaps() {
    }

    static List<RuleProblem> of(Collection<AllocationRule> rules) {
        Map<String, List<AllocationRule>> byId = rules.stream()
                .filter(r -> r.id() != null)
                .collect(Collectors.groupingBy(AllocationRule::id));
        List<RuleProblem> problems = new ArrayList<>();
        byId.values().forEach(versions -> problems.addAll(ofVersions(versions)));
        return problems;
    }

    private static List<RuleProblem> ofVersions(List<AllocationRule> versions) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            AllocationRule later = versions.get(i);
            if (!seen.add(later.version())) {
                problems.add(problem(later, "version",
                        "Version " + later.version() + " of rule " + later.id() + " is defined twice."));
                continue;
            }
            for (AllocationRule earlier : versions.subList(0, i)) {
                if (earlier.version() != later.version() && overlap(earlier, later)) {
                    problems.add(problem(later, "effectiveFrom", "Overlaps version " + earlier.version() + " of rule "
                            + earlier.id() + ", effective " + span(earlier) + "."));
                }
            }
        }
        return problems;
    }

    private static boolean overlap(AllocationRule a, AllocationRule b) {
        if (!datesValid(a) || !datesValid(b)) {
            return false;
        }
        return before(a.effectiveFrom(), b.effectiveTo()) && before(b.effectiveFrom(), a.effectiveTo());
    }

    private static boolean datesValid(AllocationRule r) {
        return r.effectiveFrom() != null && (r.effectiveTo() == null || r.effectiveTo().isAfter(r.effectiveFrom()));
    }

    /** Whether {@code day} comes before an end date, null being open. */
    private static boolean before(LocalDate day, LocalDate end) {
        return end == null || day.isBefore(end);
    }

    private static String span(AllocationRule r) {
        return "from " + r.effectiveFrom() + (r.effectiveTo() == null ? " with no end" : " to " + r.effectiveTo());
    }

    private static RuleProblem problem(AllocationRule r, String field, String message) {
        return new RuleProblem(Objects.requireNonNull(r.id()), r.version(), field, message);
    }
}

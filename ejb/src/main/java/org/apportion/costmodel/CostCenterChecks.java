package org.apportion.costmodel;

import java.util.ArrayList;
import java.util.List;
import org.apportion.base.FieldProblem;

/**
 * What makes a cost center acceptable in the hierarchy as it stands: a well-formed code, a known parent
 * that is neither itself nor below it, sensible active days, and UNALLOCATED left a root that is always
 * active and has no children. Field names are those of the REST API.
 */
final class CostCenterChecks {

    private static final int TEXT_MAX = 255;
    private static final int DESCRIPTION_MAX = 1024;

    private final CostCenterHierarchy hierarchy;

    CostCenterChecks(CostCenterHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Problems of a new cost center with this code. */
    List<FieldProblem> ofNew(String code, CostCenterDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || code.isBlank()) {
            problems.add(FieldProblem.of("code", "required"));
        } else if (code.length() > CostCenter.CODE_MAX_LENGTH || !CostCenter.CODE_PATTERN.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "must be upper-case letters and digits, groups joined by '-', '_' or '.'"
                    + " (e.g. PLAT-DATA), at most " + CostCenter.CODE_MAX_LENGTH + " characters"));
        }
        problems.addAll(ofDetails(code, details));
        return problems;
    }

    /** Problems of new details for an existing cost center. */
    List<FieldProblem> ofDetails(String code, CostCenterDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", details.name(), TEXT_MAX, true);
        text(problems, "owner", details.owner(), TEXT_MAX, false);
        text(problems, "description", details.description(), DESCRIPTION_MAX, false);
        parent(problems, code, details.parentCode());
        activeDays(problems, code, details);
        return problems;
    }

    private void parent(List<FieldProblem> problems, String code, String parent) {
        if (CostCenter.UNALLOCATED.equals(code) && parent != null) {
            problems.add(FieldProblem.of("parentCode", "UNALLOCATED stays a root: it cannot have a parent"));
        } else if (parent == null) {
            return;
        } else if (!hierarchy.contains(parent)) {
            problems.add(FieldProblem.of("parentCode", "no cost center " + parent));
        } else if (CostCenter.UNALLOCATED.equals(parent)) {
            problems.add(FieldProblem.of("parentCode", "UNALLOCATED cannot have children"));
        } else if (code != null && hierarchy.wouldCycle(code, parent)) {
            problems.add(FieldProblem.of("parentCode", code.equals(parent) ? "a cost center cannot be its own parent"
                    : parent + " is below " + code + ": it cannot become its parent (cycle)"));
        }
    }

    private static void activeDays(List<FieldProblem> problems, String code, CostCenterDetails details) {
        if (details.activeFrom() == null) {
            problems.add(FieldProblem.of("activeFrom", "required"));
        }
        if (details.activeTo() == null) {
            return;
        }
        if (CostCenter.UNALLOCATED.equals(code)) {
            problems.add(FieldProblem.of("activeTo", "UNALLOCATED is always active"));
        } else if (details.activeFrom() != null && details.activeTo().isBefore(details.activeFrom())) {
            problems.add(FieldProblem.of("activeTo", "before activeFrom"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "required"));
            }
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "at most " + max + " characters"));
        }
    }
}

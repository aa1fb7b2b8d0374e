package org.apportion.costmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cost-center tree by code, immutable and free of the database: parents, children, ancestors, and the
 * roll-up of amounts to every level. Children are ordered by code.
 */
public final class CostCenterHierarchy {

    private final Map<String, String> parentByCode;
    private final Map<String, List<String>> childrenByCode;
    private final List<String> roots;

    private CostCenterHierarchy(Map<String, String> parentByCode) {
        this.parentByCode = parentByCode;
        Map<String, List<String>> children = new TreeMap<>();
        List<String> rootCodes = new ArrayList<>();
        parentByCode.forEach((code, parent) -> {
            children.putIfAbsent(code, new ArrayList<>());
            if (parent == null) {
                rootCodes.add(code);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
        this.childrenByCode = children;
        this.roots = List.copyOf(rootCodes);
    }

    /**
     * @param parentByCode every cost center's code mapped to its parent's code (null for a root)
     * @throws IllegalArgumentException when a parent is unknown or the parents form a cycle
     */
    public static CostCenterHierarchy of(Map<String, String> parentByCode) {
        Map<String, String> sorted = new TreeMap<>();
        parentByCode.forEach(sorted::put);
        sorted.forEach((code, parent) -> {
            if (parent != null && !sorted.containsKey(parent)) {
                throw new IllegalArgumentException("Cost center " + code + " has an unknown parent " + parent);
            }
        });
        sorted.keySet().forEach(code -> requireNoCycle(sorted, code));
        return new CostCenterHierarchy(Collections.unmodifiableMap(sorted));
    }

    public static CostCenterHierarchy of(Collection<CostCenter> centers) {
        Map<String, String> parents = new TreeMap<>();
        centers.forEach(center -> parents.put(center.getCode(), center.getParentCode()));
        return of(parents);
    }

    public boolean contains(String code) {
        return parentByCode.containsKey(code);
    }

    /** Every code, parents before their children (depth first, by code). */
    public List<String> codes() {
        List<String> ordered = new ArrayList<>(parentByCode.size());
        roots.forEach(root -> collect(root, ordered));
        return ordered;
    }

    public List<String> roots() {
        return roots;
    }

    public Optional<String> parentOf(String code) {
        return Optional.ofNullable(parentByCode.get(known(code)));
    }

    public List<String> childrenOf(String code) {
        return List.copyOf(childrenByCode.get(known(code)));
    }

    /** The parent, its parent and so on up to the root: nearest first. */
    public List<String> ancestorsOf(String code) {
        List<String> ancestors = new ArrayList<>();
        for (String parent = parentByCode.get(known(code)); parent != null; parent = parentByCode.get(parent)) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    /** The root first, down to {@code code} itself. */
    public List<String> pathOf(String code) {
        List<String> path = new ArrayList<>(ancestorsOf(code));
        Collections.reverse(path);
        path.add(code);
        return path;
    }

    /** Every cost center below {@code code} (children, their children...), not {@code code} itself. */
    public Set<String> descendantsOf(String code) {
        List<String> below = new ArrayList<>();
        childrenByCode.get(known(code)).forEach(child -> collect(child, below));
        return Set.copyOf(below);
    }

    /** Whether making {@code parent} the parent of {@code code} would close a cycle. */
    public boolean wouldCycle(String code, String parent) {
        return code.equals(parent) || contains(code) && contains(parent) && ancestorsOf(parent).contains(code);
    }

    /**
     * Totals at every level: each amount counts for its own cost center and for each of its ancestors.
     * Amounts may sit on any cost center (usually leaves) and must be in one currency (convert first).
     *
     * @return every cost center of the hierarchy, parents before children, with its total (zero when none)
     * @throws IllegalArgumentException naming a code the hierarchy does not know
     */
    public Map<String, BigDecimal> rollUp(Map<String, BigDecimal> amountsByCode) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        codes().forEach(code -> totals.put(code, BigDecimal.ZERO));
        amountsByCode.forEach((code, amount) -> {
            totals.merge(known(code), amount, BigDecimal::add);
            ancestorsOf(code).forEach(ancestor -> totals.merge(ancestor, amount, BigDecimal::add));
        });
        return Collections.unmodifiableMap(totals);
    }

    private void collect(String code, List<String> into) {
        into.add(code);
        childrenByCode.get(code).forEach(child -> collect(child, into));
    }

    private String known(String code) {
        if (!contains(code)) {
            throw new IllegalArgumentException("Unknown cost center " + code);
        }
        return code;
    }

    private static void requireNoCycle(Map<String, String> parents, String code) {
        Set<String> seen = new HashSet<>();
        for (String current = code; current != null; current = parents.get(current)) {
            if (!seen.add(current)) {
                throw new IllegalArgumentException("Cost centers form a cycle through " + current);
            }
        }
    }
}

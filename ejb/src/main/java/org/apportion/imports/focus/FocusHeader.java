package org.apportion.imports.focus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apportion.imports.RowProblem;

/**
 * The header row of a FOCUS file: where each known column stands, which columns are provider extras,
 * which FOCUS version the columns point to, and which mandatory columns are missing.
 */
public final class FocusHeader {

    /** Fewer mandatory columns than this and the file is some other format, not a FOCUS file with gaps. */
    private static final int MANDATORY_FOR_RECOGNITION = 10;
    private static final List<String> SINCE_1_3 = List.of("ServiceProviderName", "HostProviderName");
    private static final List<String> SINCE_1_2 = List.of("InvoiceId", "PricingCurrency", "BillingAccountType",
            "SubAccountType", "PricingCurrencyEffectiveCost");
    private static final List<String> SINCE_1_1 = List.of("ServiceSubcategory", "CapacityReservationId",
            "CommitmentDiscountQuantity", "CommitmentDiscountUnit", "SkuMeter", "SkuPriceDetails");

    private final int columnCount;
    private final Map<FocusColumn, Integer> positions;
    private final Map<String, Integer> extras;
    private final Map<String, Integer> positionsByName;
    private final String version;
    private final List<RowProblem> problems;

    private FocusHeader(int columnCount, Map<FocusColumn, Integer> positions, Map<String, Integer> extras,
                        String version, List<RowProblem> problems) {
        this.columnCount = columnCount;
        this.positions = positions;
        this.extras = extras;
        Map<String, Integer> byName = new HashMap<>(extras);
        positions.forEach((column, position) -> byName.put(column.header(), position));
        this.positionsByName = Collections.unmodifiableMap(byName);
        this.version = version;
        this.problems = problems;
    }

    public static FocusHeader of(List<String> columnNames) {
        Map<FocusColumn, Integer> positions = new EnumMap<>(FocusColumn.class);
        Map<String, Integer> extras = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columnNames.size(); i++) {
            String name = columnNames.get(i);
            if (name.isEmpty()) {
                problems.add(new RowProblem(1, null, null, "column " + (i + 1) + " has no name"));
            } else if (!seen.add(name)) {
                problems.add(new RowProblem(1, name, null, "column appears twice in the header"));
            } else {
                int position = i;
                FocusColumn.byHeader(name).ifPresentOrElse(c -> positions.put(c, position),
                        () -> extras.put(name, position));
            }
        }
        String version = detectVersion(columnNames);
        problems.addAll(missingMandatoryColumns(positions));
        return new FocusHeader(columnNames.size(), positions, extras, version, Collections.unmodifiableList(problems));
    }

    private static String detectVersion(List<String> names) {
        if (names.stream().anyMatch(SINCE_1_3::contains)) {
            return "1.3";
        }
        if (names.stream().anyMatch(SINCE_1_2::contains)) {
            return "1.2";
        }
        if (names.stream().anyMatch(SINCE_1_1::contains)) {
            return "1.1";
        }
        return "1.0";
    }

    private static List<RowProblem> missingMandatoryColumns(Map<FocusColumn, Integer> positions) {
        boolean serviceProviderNamed = positions.containsKey(FocusColumn.SERVICE_PROVIDER_NAME);
        List<RowProblem> missing = new ArrayList<>();
        for (FocusColumn column : FocusColumn.values()) {
            boolean replacedIn13 = serviceProviderNamed
                    && (column == FocusColumn.PROVIDER_NAME || column == FocusColumn.PUBLISHER_NAME);
            if (column.need() != FocusColumn.Need.OPTIONAL && !positions.containsKey(column) && !replacedIn13) {
                missing.add(new RowProblem(1, column.header(), null, "mandatory FOCUS column is missing"));
            }
        }
        return missing;
    }

    /** Looks like a FOCUS file at all: most mandatory columns are there. */
    public boolean looksLikeFocus() {
        return mandatoryPresent(positions) >= MANDATORY_FOR_RECOGNITION;
    }

    private static long mandatoryPresent(Map<FocusColumn, Integer> positions) {
        return positions.keySet().stream().filter(c -> c.need() != FocusColumn.Need.OPTIONAL).count();
    }

    /** Every named column of the file with its position, FOCUS columns and extras alike. */
    public Map<String, Integer> positionsByName() {
        return positionsByName;
    }

    public int columnCount() {
        return columnCount;
    }

    public Optional<Integer> position(FocusColumn column) {
        return Optional.ofNullable(positions.get(column));
    }

    public boolean has(FocusColumn column) {
        return positions.containsKey(column);
    }

    /** Columns without a FOCUS home, in file order, with their positions. */
    public Map<String, Integer> extras() {
        return Collections.unmodifiableMap(extras);
    }

    /** The FOCUS version the columns point to: "1.0" to "1.3". */
    public String version() {
        return version;
    }

    /** Problems that make the whole file unusable (line 1): missing mandatory columns, unnamed or twice-named ones. */
    public List<RowProblem> problems() {
        return problems;
    }
}

package org.apportion.exports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apportion.base.Money;

/**
 * Makes the export rows of one origin charge, one per allocated part: the origin's dimensions and unit prices
 * unchanged, the part's own BilledCost and EffectiveCost, the origin's other summable metrics split by the parts'
 * ratios ({@link ProRata}), and the allocation columns. So the rows of an origin charge add up to it exactly in
 * every summable metric. Cells are the strings written to CSV, null for an empty cell.
 */
final class FocusRows {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final ExportColumn[] COLUMNS = ExportColumn.values();

    private final RunContext context;

    FocusRows(RunContext context) {
        this.context = context;
    }

    /** The rows of {@code origin}, in the order of its parts (at least one). */
    List<List<String>> of(OriginCharge origin, List<AllocatedShare> shares) {
        Map<ExportColumn, List<BigDecimal>> splits = splits(origin, shares);
        List<List<String>> rows = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            rows.add(row(origin, shares.get(i), splits, i));
        }
        return rows;
    }

    private static Map<ExportColumn, List<BigDecimal>> splits(OriginCharge origin, List<AllocatedShare> shares) {
        List<BigDecimal> ratios = shares.stream().map(AllocatedShare::ratio).toList();
        Map<ExportColumn, List<BigDecimal>> splits = new EnumMap<>(ExportColumn.class);
        for (ExportColumn column : COLUMNS) {
            if (column.kind() == ExportColumn.Kind.SUMMABLE) {
                splits.put(column, ProRata.split(origin.decimal(column), ratios));
            }
        }
        return splits;
    }

    private List<String> row(OriginCharge origin, AllocatedShare share, Map<ExportColumn, List<BigDecimal>> splits,
                             int index) {
        List<String> cells = new ArrayList<>(COLUMNS.length);
        for (ExportColumn column : COLUMNS) {
            cells.add(switch (column.kind()) {
                case TEXT -> FormulaGuard.neutralized(origin.text(column));
                case JSON -> origin.text(column);
                case TIMESTAMP -> timestamp(origin.timestamp(column));
                case UNIT_PRICE -> decimal(origin.decimal(column));
                case SUMMABLE -> decimal(splits.get(column).get(index));
                case PART -> decimal(column == ExportColumn.BILLED_COST ? share.billedCost() : share.effectiveCost());
                case ALLOCATION -> allocation(column, origin, share);
            });
        }
        return cells;
    }

    /**
     * The allocation columns. The unallocated portion of an origin charge has no AllocatedResourceId, name or
     * tags (FOCUS 1.3 wants them null there); x_CostCenterCode names it UNALLOCATED all the same.
     */
    private String allocation(ExportColumn column, OriginCharge origin, AllocatedShare share) {
        CostCenterRef center = context.costCenter(share.costCenterCode());
        boolean allocated = !share.isUnallocated();
        return switch (column) {
            case ALLOCATED_METHOD_ID -> share.methodId();
            case ALLOCATED_METHOD_DETAILS -> AllocatedMethodDetails.of(share, context.rule(share));
            case ALLOCATED_RESOURCE_ID -> allocated ? center.code() : null;
            case ALLOCATED_RESOURCE_NAME -> allocated ? FormulaGuard.neutralized(center.name()) : null;
            case ALLOCATED_TAGS -> allocated ? AllocatedTags.of(center, origin.text(ExportColumn.TAGS)) : null;
            case X_ALLOCATION_RUN_ID -> Long.toString(context.runId());
            case X_COST_CENTER_CODE -> share.costCenterCode();
            case X_COST_LINE_ID -> Long.toString(origin.costLineId());
            default -> throw new IllegalArgumentException("Not an allocation column: " + column);
        };
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : Money.exactString(value);
    }

    private static String timestamp(LocalDateTime value) {
        return value == null ? null : UTC.format(value);
    }
}

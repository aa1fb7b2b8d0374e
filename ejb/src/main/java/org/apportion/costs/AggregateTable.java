package org.apportion.costs;

import static org.apportion.costs.CostDimension.BILLING_ACCOUNT_ID;
import static org.apportion.costs.CostDimension.BILLING_CURRENCY;
import static org.apportion.costs.CostDimension.CATEGORY;
import static org.apportion.costs.CostDimension.CHARGE_CATEGORY;
import static org.apportion.costs.CostDimension.COST_CENTER;
import static org.apportion.costs.CostDimension.PROVIDER_NAME;
import static org.apportion.costs.CostDimension.REGION_ID;
import static org.apportion.costs.CostDimension.SERVICE_CATEGORY;
import static org.apportion.costs.CostDimension.SERVICE_NAME;
import static org.apportion.costs.CostDimension.SKU_ID;
import static org.apportion.costs.CostDimension.SUB_ACCOUNT_ID;
import static org.apportion.costs.CostDimension.TAG;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregate tables (migration V14) with the dimensions each keeps and its grain. A query reads the first
 * table of its family, in the order declared here (smallest first), that keeps every dimension it groups or
 * filters by at a grain at least as fine as it asks: month totals by category come from the hundred rows a month
 * of {@link #COST_OVERVIEW_MONTHLY}, a daily series by provider or model from {@link #COST_OVERVIEW_DAILY}, the top
 * services of a month from {@link #COST_MONTHLY}, a sub-account's daily series from {@link #COST_DAILY}. Every
 * scan costs about a microsecond a row (docs/BENCHMARKS.md): dashboards stay under 100 ms by reading few rows.
 */
public enum AggregateTable {
    COST_OVERVIEW_MONTHLY("cost_overview_monthly", Family.LINES, Granularity.MONTHLY, Family.OVERVIEW_DIMENSIONS),
    COST_OVERVIEW_DAILY("cost_overview_daily", Family.LINES, Granularity.DAILY, Family.OVERVIEW_DIMENSIONS),
    COST_MONTHLY("cost_monthly", Family.LINES, Granularity.MONTHLY, Family.LINE_DIMENSIONS),
    COST_DAILY("cost_daily", Family.LINES, Granularity.DAILY, Family.LINE_DIMENSIONS),
    COST_MONTHLY_TAG("cost_monthly_tag", Family.TAGS, Granularity.MONTHLY, Family.TAG_DIMENSIONS),
    COST_DAILY_TAG("cost_daily_tag", Family.TAGS, Granularity.DAILY, Family.TAG_DIMENSIONS),
    COST_CENTER_MONTHLY("cost_center_monthly", Family.COST_CENTERS, Granularity.MONTHLY,
            Family.COST_CENTER_DIMENSIONS),
    COST_CENTER_DAILY("cost_center_daily", Family.COST_CENTERS, Granularity.DAILY, Family.COST_CENTER_DIMENSIONS),
    COST_CENTER_SERVICE_MONTHLY("cost_center_service_monthly", Family.COST_CENTERS, Granularity.MONTHLY,
            EnumSet.of(COST_CENTER, PROVIDER_NAME, BILLING_ACCOUNT_ID, SUB_ACCOUNT_ID, SERVICE_NAME, CATEGORY,
                    BILLING_CURRENCY));

    /** What a table aggregates: cost lines, cost lines by a tag's value, or allocated parts by cost center. */
    public enum Family {
        LINES, TAGS, COST_CENTERS;

        static final Set<CostDimension> LINE_DIMENSIONS = EnumSet.of(PROVIDER_NAME, BILLING_ACCOUNT_ID,
                SUB_ACCOUNT_ID, SERVICE_CATEGORY, SERVICE_NAME, CATEGORY, REGION_ID, SKU_ID, CHARGE_CATEGORY,
                BILLING_CURRENCY);
        static final Set<CostDimension> OVERVIEW_DIMENSIONS = EnumSet.of(PROVIDER_NAME, CATEGORY, SKU_ID,
                CHARGE_CATEGORY, BILLING_CURRENCY);
        static final Set<CostDimension> TAG_DIMENSIONS = EnumSet.of(TAG, PROVIDER_NAME, BILLING_ACCOUNT_ID, CATEGORY,
                BILLING_CURRENCY);
        static final Set<CostDimension> COST_CENTER_DIMENSIONS = EnumSet.of(COST_CENTER, PROVIDER_NAME, CATEGORY,
                BILLING_CURRENCY);

        /** Cost centers and tags each need their own tables; everything else reads the cost lines' aggregates. */
        public static Family of(Set<CostDimension> dimensions) {
            if (dimensions.contains(COST_CENTER)) {
                return COST_CENTERS;
            }
            return dimensions.contains(TAG) ? TAGS : LINES;
        }

        /** Every dimension some table of the family keeps. */
        public Set<CostDimension> dimensions() {
            Set<CostDimension> all = EnumSet.noneOf(CostDimension.class);
            Arrays.stream(AggregateTable.values()).filter(t -> t.family == this).forEach(t -> all.addAll(t.dimensions));
            return all;
        }
    }

    private final String tableName;
    private final Family family;
    private final Granularity grain;
    private final Set<CostDimension> dimensions;

    AggregateTable(String tableName, Family family, Granularity grain, Set<CostDimension> dimensions) {
        this.tableName = tableName;
        this.family = family;
        this.grain = grain;
        this.dimensions = dimensions;
    }

    public String tableName() {
        return tableName;
    }

    public Family family() {
        return family;
    }

    public Granularity grain() {
        return grain;
    }

    public Set<CostDimension> dimensions() {
        return EnumSet.copyOf(dimensions);
    }

    /** The smallest table that answers a query of this granularity grouping or filtering by these dimensions. */
    public static Optional<AggregateTable> forQuery(Granularity granularity, Set<CostDimension> needed) {
        Family family = Family.of(needed);
        return Arrays.stream(values())
                .filter(t -> t.family == family && t.dimensions.containsAll(needed))
                .filter(t -> t.grain == Granularity.DAILY || granularity == Granularity.MONTHLY)
                .findFirst();
    }
}

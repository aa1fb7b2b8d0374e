package org.apportion.costs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apportion.allocation.AllocationRunCompleted;
import org.apportion.imports.ImportCompleted;

/**
 * Refreshes the aggregates when what they sum changes: an import's completion (the billing accounts and periods
 * it restated) and an allocation run's completion (its period's cost centers). The events are observed inside
 * the completing transaction, so cost lines, allocated parts and their aggregates commit together, and a
 * completion that fails and is restarted rebuilds them again. Imports and allocation know nothing of the
 * aggregates: they only announce what they completed.
 */
@ApplicationScoped
public class AggregateRefreshTriggers {

    @Inject
    private CostAggregates aggregates;

    void importCompleted(@Observes ImportCompleted completed) {
        // Periods in order: concurrent refreshes take the periods' rows in the same order.
        Map<YearMonth, Set<AccountScope>> accounts = new TreeMap<>();
        for (ImportCompleted.Scope scope : completed.scopes()) {
            accounts.computeIfAbsent(scope.period(), p -> new LinkedHashSet<>())
                    .add(new AccountScope(scope.providerName(), scope.billingAccountId()));
        }
        accounts.forEach(aggregates::refreshAccounts);
    }

    void allocationRunCompleted(@Observes AllocationRunCompleted completed) {
        aggregates.refreshCostCenters(completed.period(), completed.runId());
    }
}

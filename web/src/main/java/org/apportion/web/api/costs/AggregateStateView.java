package org.apportion.web.api.costs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apportion.costs.AggregateState;

/** A billing period's aggregate state as JSON; missing exchange rates listed per billing currency. */
final class AggregateStateView {

    private AggregateStateView() {
    }

    static Map<String, Object> of(AggregateState state) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("period", state.period().toString());
        view.put("reportingCurrency", state.reportingCurrency());
        view.put("tagKeys", state.tagKeys());
        view.put("costLines", state.costLines());
        view.put("linesRefreshedAt", state.linesRefreshedAt() == null ? null : state.linesRefreshedAt().toString());
        view.put("allocationRunId", state.allocationRunId());
        view.put("costCentersRefreshedAt", state.costCentersRefreshedAt() == null ? null
                : state.costCentersRefreshedAt().toString());
        Map<String, List<String>> missing = new TreeMap<>();
        state.missingFxRates().forEach(m -> missing.computeIfAbsent(m.currency(), c -> new ArrayList<>())
                .add(m.day().toString()));
        view.put("missingFxRates", missing.entrySet().stream()
                .map(e -> Map.of("currency", e.getKey(), "days", e.getValue())).toList());
        return view;
    }
}

package org.apportion.web.api.costmodel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.costmodel.CostCenter;
import org.apportion.costmodel.CostCenterHierarchy;

/** The cost-center hierarchy as nested nodes, roots (UNALLOCATED among them) and children by code. */
public record CostCenterTreeView(List<Node> roots) {

    /** One cost center with the ones directly below it. */
    public record Node(String code, String name, String owner, String activeFrom, String activeTo,
                       List<Node> children) {
    }

    static CostCenterTreeView of(CostCenterHierarchy hierarchy, List<CostCenter> centers) {
        Map<String, CostCenter> byCode = centers.stream()
                .collect(Collectors.toMap(CostCenter::getCode, Function.identity()));
        return new CostCenterTreeView(hierarchy.roots().stream().map(code -> node(code, hierarchy, byCode)).toList());
    }

    private static Node node(String code, CostCenterHierarchy hierarchy, Map<String, CostCenter> byCode) {
        CostCenter center = byCode.get(code);
        return new Node(code, center.getName(), center.getOwner(), CostCenterView.text(center.getActiveFrom()),
                CostCenterView.text(center.getActiveTo()),
                hierarchy.childrenOf(code).stream().map(child -> node(child, hierarchy, byCode)).toList());
    }
}

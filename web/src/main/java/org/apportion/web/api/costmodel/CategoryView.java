package org.apportion.web.api.costmodel;

import org.apportion.costmodel.CostCategory;

/** One of Apportion's fixed cost categories: its stable code, name and what it holds. */
public record CategoryView(String code, String name, String description) {

    static CategoryView of(CostCategory category) {
        return new CategoryView(category.name(), category.label(), category.description());
    }
}

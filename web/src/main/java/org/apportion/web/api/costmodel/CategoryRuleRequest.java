package org.apportion.web.api.costmodel;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apportion.costmodel.CategoryMatch;
import org.apportion.costmodel.CostCategory;
import org.apportion.web.api.JsonFields;
import org.apportion.web.api.Problem;

/**
 * A category rule as a client sends it: {@code {"priority": 100, "category": "SUPPORT", "match":
 * {"ServiceName": "*Support*"}, "description": "..."}}. {@code match} names FOCUS columns (ServiceCategory,
 * ServiceName, ProviderName, SkuId, ChargeCategory); {@code *} is a wildcard.
 */
final class CategoryRuleRequest {

    static final int MAX_PRIORITY = 1_000_000;
    private static final int DESCRIPTION_MAX = 1024;

    private final JsonFields fields;
    final Integer priority;
    final CostCategory category;
    final CategoryMatch match;
    final String description;

    CategoryRuleRequest(JsonObject body) {
        fields = new JsonFields(body);
        priority = fields.integer("priority", true, 0, MAX_PRIORITY);
        category = category(fields.text("category", true));
        match = match(fields.object("match", true));
        description = fields.text("description", false);
        if (description != null && description.length() > DESCRIPTION_MAX) {
            fields.error("description", "at most " + DESCRIPTION_MAX + " characters");
        }
    }

    List<Problem.FieldError> errors() {
        return fields.errors();
    }

    private CostCategory category(String code) {
        if (code == null) {
            return null;
        }
        return CostCategory.byCode(code).orElseGet(() -> {
            fields.error("category", "not a category (see GET /api/v1/categories)");
            return null;
        });
    }

    /** The criteria, with problems of the domain's own checks (FOCUS values, at least one column) added. */
    private CategoryMatch match(JsonObject criteria) {
        if (criteria == null) {
            return null;
        }
        Map<String, String> byColumn = new HashMap<>();
        criteria.forEach((column, value) -> {
            if (!CategoryMatch.COLUMNS.contains(column)) {
                fields.error("match." + column, "not a column rules match on (" + String.join(", ", CategoryMatch.COLUMNS) + ")");
            } else if (value instanceof JsonString text) {
                byColumn.put(column, text.getString().strip());
            } else if (value != JsonValue.NULL) {
                fields.error("match." + column, "must be a string");
            }
        });
        CategoryMatch match = CategoryMatch.of(byColumn);
        match.problems().forEach(p -> fields.error(p.field(), p.message()));
        return match;
    }
}

package org.apportion.web.api.costmodel;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apportion.base.FieldProblem;
import org.apportion.costmodel.CostCenterDetails;
import org.apportion.web.api.JsonFields;
import org.apportion.web.api.Problem;

/**
 * A cost center as a client sends it: {@code code}, {@code name}, {@code parentCode} (absent for a root),
 * {@code owner}, {@code activeFrom}, {@code activeTo} (last active day, absent: open-ended),
 * {@code description}. A PUT replaces every field but the code, which never changes. Only the JSON
 * shape is checked here (strings, dates); what is required and allowed is the domain's to say
 * ({@link #withDomainProblems}).
 */
final class CostCenterRequest {

    private final JsonFields fields;
    final String code;
    final CostCenterDetails details;

    private CostCenterRequest(JsonObject body, String pathCode) {
        fields = new JsonFields(body);
        String given = fields.text("code", false);
        code = pathCode == null ? given : pathCode;
        if (pathCode != null && given != null && !given.equals(pathCode)) {
            fields.error("code", "a cost center's code cannot change (create a new one and move its children)");
        }
        details = new CostCenterDetails(fields.text("name", false), fields.text("parentCode", false),
                fields.text("owner", false), fields.date("activeFrom", false), fields.date("activeTo", false),
                fields.text("description", false));
    }

    static CostCenterRequest forCreate(JsonObject body) {
        return new CostCenterRequest(body, null);
    }

    static CostCenterRequest forUpdate(JsonObject body, String code) {
        return new CostCenterRequest(body, code);
    }

    /**
     * The shape errors with the domain's problems added, except for fields already at fault (a date that
     * did not parse is not also "required").
     */
    List<Problem.FieldError> withDomainProblems(List<FieldProblem> domainProblems) {
        Set<String> atFault = fields.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet());
        List<Problem.FieldError> all = new ArrayList<>(fields.errors());
        domainProblems.stream().filter(p -> !atFault.contains(p.field())).map(Problem.FieldError::of).forEach(all::add);
        return all;
    }
}

package org.apportion.web.api.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apportion.allocation.AllocationPreview;
import org.apportion.allocation.AllocationRule;
import org.apportion.allocation.AllocationRuleJson;
import org.apportion.allocation.AllocationRuleService;
import org.apportion.allocation.CostView;
import org.apportion.allocation.PublishedRule;
import org.apportion.base.Money;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/allocation-rules}: the published rule set. POST publishes a rule as version 1, PUT the next
 * version (the earlier stays in history), DELETE takes the rule out of force. {@code POST preview} evaluates
 * a draft rule set against a period's published allocation without changing it.
 */
@Path("allocation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationRuleResource {

    @Inject
    private AllocationRuleService rules;

    @Inject
    private AllocationPreview previews;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> list() {
        List<Map<String, Object>> items = rules.current().stream().map(AllocationRuleResource::view).toList();
        return Map.of("items", items, "total", items.size());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> get(@PathParam("id") long id) {
        return view(rules.currentVersion(id).orElseThrow(() -> new NotFoundException("No allocation rule " + id)));
    }

    /** Every version of a rule, the first first, including replaced and retired ones. */
    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> versions(@PathParam("id") long id) {
        List<Map<String, Object>> items = rules.versions(id).stream().map(AllocationRuleResource::view).toList();
        if (items.isEmpty()) {
            throw new NotFoundException("No allocation rule " + id);
        }
        return Map.of("items", items, "total", items.size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response publish(JsonObject body) {
        PublishedRule published = rules.publish(body, user());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(published.getRuleId())).build())
                .entity(view(published)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Map<String, Object> revise(@PathParam("id") long id, JsonObject body) {
        return view(rules.revise(id, body, user()).orElseThrow(() -> new NotFoundException("No allocation rule " + id)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN})
    public Response retire(@PathParam("id") long id) {
        if (!rules.retire(id)) {
            throw new NotFoundException("No allocation rule " + id);
        }
        return Response.noContent().build();
    }

    /**
     * {@code {"period": "2025-10", "cost": "BilledCost", "rules": [rule, …]}}: the draft's result per cost
     * center and billing currency next to the published one, with the delta.
     */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response preview(JsonObject body) {
        YearMonth period = period(body.getString("period", null));
        CostView view = costView(body.getString("cost", CostView.BilledCost.name()));
        if (period == null || view == null || !(body.get("rules") instanceof JsonArray draft)) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give period (YYYY-MM), rules (a list) and "
                    + "optionally cost (BilledCost or EffectiveCost).", List.of(new Problem.FieldError(
                    period == null ? "period" : view == null ? "cost" : "rules", null, "missing or invalid")));
        }
        List<AllocationRule> rulesOfDraft = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            JsonObject rule = draft.get(i) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            rulesOfDraft.add(AllocationRuleJson.fromJson(rule, "draft-" + (i + 1), 1).rule());
        }
        AllocationPreview.Preview preview = previews.preview(period, rulesOfDraft, view);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("period", period.toString());
        result.put("cost", view.name());
        result.put("publishedRunId", preview.publishedRun().getId());
        result.put("costCenters", preview.costCenters().stream().map(d -> Map.of("code", d.code(),
                "currency", d.currency(), "published", Money.exactString(d.published()),
                "preview", Money.exactString(d.preview()), "delta", Money.exactString(d.delta()))).toList());
        return Response.ok(result).build();
    }

    static Map<String, Object> view(PublishedRule published) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", published.getRuleId());
        view.put("version", published.getVersion());
        view.putAll(PlainJson.object(AllocationRuleJson.toJson(published.toRule())));
        view.put("publishedAt", published.getPublishedAt().toString());
        view.put("publishedBy", published.getPublishedBy());
        view.put("replacedAt", published.getReplacedAt() == null ? null : published.getReplacedAt().toString());
        return view;
    }

    static YearMonth period(String text) {
        try {
            return text == null ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static CostView costView(String text) {
        try {
            return CostView.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private String user() {
        return security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }
}

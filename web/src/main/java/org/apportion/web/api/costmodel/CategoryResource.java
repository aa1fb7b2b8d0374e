package org.apportion.web.api.costmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.apportion.costmodel.CategoryRule;
import org.apportion.costmodel.CategoryRuleService;
import org.apportion.costmodel.CostCategory;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Paging;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/categories}: Apportion's fixed cost categories, the editable rules that place cost lines
 * in them, and what the rules decide for given FOCUS values.
 */
@Path("categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    private CategoryRuleService rules;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Page<CategoryView> categories() {
        List<CategoryView> all = Arrays.stream(CostCategory.values()).map(CategoryView::of).toList();
        return new Page<>(all, 0, all.size(), all.size());
    }

    /** The rules in the order they are tried (priority, then id). */
    @GET
    @Path("rules")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response listRules(@QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("100") int size) {
        return Paging.outOfRange(page, size).orElseGet(() -> Response.ok(new Page<>(
                rules.list(page, size).stream().map(CategoryRuleView::of).toList(), page, size, rules.count())).build());
    }

    @GET
    @Path("rules/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public CategoryRuleView getRule(@PathParam("id") long id) {
        return CategoryRuleView.of(found(id));
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response createRule(JsonObject body) {
        CategoryRuleRequest request = new CategoryRuleRequest(body);
        if (!request.errors().isEmpty()) {
            return invalid(request);
        }
        CategoryRule created = rules.create(request.priority, request.match, request.category, request.description);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(CategoryRuleView.of(created)).build();
    }

    @PUT
    @Path("rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response updateRule(@PathParam("id") long id, JsonObject body) {
        found(id);
        CategoryRuleRequest request = new CategoryRuleRequest(body);
        if (!request.errors().isEmpty()) {
            return invalid(request);
        }
        return Response.ok(CategoryRuleView.of(rules.update(id, request.priority, request.match, request.category,
                request.description))).build();
    }

    @DELETE
    @Path("rules/{id}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response deleteRule(@PathParam("id") long id) {
        if (!rules.delete(id)) {
            throw new NotFoundException("No category rule " + id);
        }
        return Response.noContent().build();
    }

    /** The category the current rules give a cost line with these FOCUS values (each optional). */
    @GET
    @Path("resolve")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public CategoryView resolve(@QueryParam("ServiceCategory") String serviceCategory,
                                @QueryParam("ServiceName") String serviceName,
                                @QueryParam("ProviderName") String providerName, @QueryParam("SkuId") String skuId,
                                @QueryParam("ChargeCategory") String chargeCategory) {
        return CategoryView.of(rules.resolver().resolve(serviceCategory, serviceName, providerName, skuId,
                chargeCategory));
    }

    private CategoryRule found(long id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("No category rule " + id));
    }

    private static Response invalid(CategoryRuleRequest request) {
        return Problem.response(Response.Status.BAD_REQUEST, "The category rule has invalid fields.", request.errors());
    }
}

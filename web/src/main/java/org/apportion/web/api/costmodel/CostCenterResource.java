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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apportion.costmodel.CostCenter;
import org.apportion.costmodel.CostCenterHierarchy;
import org.apportion.costmodel.CostCenterService;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Paging;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/cost-centers}: the cost-center hierarchy. UNALLOCATED is always listed, cannot be deleted
 * and stays a root; a cost center with children cannot be deleted (409).
 */
@Path("cost-centers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CostCenterResource {

    @Inject
    private CostCenterService costCenters;

    @Context
    private UriInfo uri;

    /** By code; {@code ?active=YYYY-MM-DD} keeps those active on that day (and UNALLOCATED). */
    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response list(@QueryParam("active") String active, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("100") int size) {
        LocalDate day = active == null ? null : parseDate(active);
        if (active != null && day == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "active is not YYYY-MM-DD.",
                    List.of(new Problem.FieldError("active", null, "not a date")));
        }
        return Paging.outOfRange(page, size).orElseGet(() -> Response.ok(new Page<>(
                costCenters.list(day, page, size).stream().map(CostCenterView::of).toList(),
                page, size, costCenters.count(day))).build());
    }

    /** The whole hierarchy as nested nodes. */
    @GET
    @Path("tree")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public CostCenterTreeView tree() {
        List<CostCenter> all = costCenters.all();
        return CostCenterTreeView.of(CostCenterHierarchy.of(all), all);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public CostCenterView get(@PathParam("code") String code) {
        return CostCenterView.of(found(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response create(JsonObject body) {
        CostCenterRequest request = CostCenterRequest.forCreate(body);
        List<Problem.FieldError> errors = request.withDomainProblems(
                costCenters.problemsOfNew(request.code, request.details));
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        CostCenter created = costCenters.create(request.code, request.details);
        return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
                .entity(CostCenterView.of(created)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response update(@PathParam("code") String code, JsonObject body) {
        found(code);
        CostCenterRequest request = CostCenterRequest.forUpdate(body, code);
        List<Problem.FieldError> errors = request.withDomainProblems(costCenters.problemsOf(code, request.details));
        if (!errors.isEmpty()) {
            return invalid(errors);
        }
        return Response.ok(CostCenterView.of(costCenters.update(code, request.details))).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response delete(@PathParam("code") String code) {
        if (!costCenters.delete(code)) {
            throw new NotFoundException("No cost center " + code);
        }
        return Response.noContent().build();
    }

    private CostCenter found(String code) {
        return costCenters.find(code).orElseThrow(() -> new NotFoundException("No cost center " + code));
    }

    private static Response invalid(List<Problem.FieldError> errors) {
        return Problem.response(Response.Status.BAD_REQUEST, "The cost center has invalid fields.", errors);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

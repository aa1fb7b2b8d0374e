package org.apportion.web.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apportion.imports.mapped.ColumnMapping;
import org.apportion.imports.mapped.ColumnMappingService;
import org.apportion.imports.mapped.InvalidMappingException;
import org.apportion.imports.mapped.MappingDefinition;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/imports/mappings}: saved column mappings for CSV bills in no provider format. A mapping is
 * addressed by its name and written whole with PUT (created or replaced); uploads name it in {@code mapping}.
 */
@Path("imports/mappings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ColumnMappingResource {

    @Inject
    private ColumnMappingService mappings;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Page<ColumnMappingView> list() {
        List<ColumnMappingView> all = mappings.list().stream().map(ColumnMappingView::of).toList();
        return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public ColumnMappingView get(@PathParam("name") String name) {
        return ColumnMappingView.of(found(name));
    }

    /**
     * Body: {@code {"description": "...", "columns": {"BilledCost": "Amount", ...}, "constants":
     * {"BillingCurrency": "EUR", ...}, "sameNames": false, "dateFormat": "dd.MM.yyyy", "currencySymbols": false}}.
     */
    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Response put(@PathParam("name") String name, JsonObject body) {
        String description = body.get("description") instanceof JsonString text ? text.getString() : null;
        try {
            boolean created = mappings.save(name, description, MappingDefinition.fromJson(body));
            ColumnMappingView view = ColumnMappingView.of(found(name));
            return (created ? Response.status(Response.Status.CREATED) : Response.ok()).entity(view).build();
        } catch (InvalidMappingException e) {
            List<Problem.FieldError> errors = e.problems().stream().map(ColumnMappingResource::fieldError).toList();
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), errors);
        }
    }

    @DELETE
    @Path("{name}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    public Response delete(@PathParam("name") String name) {
        if (!mappings.delete(name)) {
            throw new NotFoundException("No column mapping named " + name);
        }
        return Response.noContent().build();
    }

    private ColumnMapping found(String name) {
        return mappings.find(name).orElseThrow(() -> new NotFoundException("No column mapping named " + name));
    }

    private static Problem.FieldError fieldError(String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0 ? new Problem.FieldError(null, null, problem)
                : new Problem.FieldError(problem.substring(0, colon), null, problem.substring(colon + 2));
    }
}

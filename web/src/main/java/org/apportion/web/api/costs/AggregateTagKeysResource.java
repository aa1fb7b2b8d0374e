package org.apportion.web.api.costs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apportion.costs.CostAggregateSettings;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/settings/aggregate-tag-keys}: the tag keys costs are aggregated by ({@code tag.<key>} in cost
 * queries). A change applies to a billing period when it is next imported or refreshed.
 */
@Path("settings/aggregate-tag-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AggregateTagKeysResource {

    /** The setting's body: {@code {"tagKeys": ["team", "environment"]}}. */
    public record TagKeysView(List<String> tagKeys) {
    }

    @Inject
    private CostAggregateSettings settings;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public TagKeysView get() {
        return new TagKeysView(settings.tagKeys().keys());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response put(JsonObject body) {
        JsonValue keys = body == null ? null : body.get("tagKeys");
        if (!(keys instanceof JsonArray array) || array.stream().anyMatch(k -> !(k instanceof JsonString))) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give the tag keys.",
                    List.of(new Problem.FieldError("tagKeys", null, "an array of strings")));
        }
        List<String> tagKeys = array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        return Response.ok(new TagKeysView(settings.changeTagKeys(tagKeys).keys())).build();
    }
}

package org.apportion.web.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.apportion.alerts.AlertChannelService;
import org.apportion.alerts.AlertType;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/alerts/preferences}: the current user's choice per alert type and channel. Until login exists
 * the user is named by {@code ?user=} (GET, DELETE) or the {@code user} field (PUT); once a caller is
 * authenticated, its name wins and {@code user} is ignored.
 */
@Path("alerts/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR, Roles.PLATFORM_ADMIN})
public class AlertPreferenceResource {

    @Inject
    private AlertChannelService channels;

    @Context
    private SecurityContext security;

    @GET
    public Response list(@QueryParam("user") String user) {
        String name = currentUser(user);
        if (name == null) {
            return noUser();
        }
        return Response.ok(channels.preferencesOf(name).stream().map(PreferenceView::of).toList()).build();
    }

    /** Sets one choice: {@code {"user", "email", "alertType", "channelId", "enabled"}}; replaces an earlier one. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response prefer(JsonObject body) {
        AlertFields fields = new AlertFields(body);
        String name = currentUser(fields.fields.text("user", false));
        if (name == null || name.length() > 100) {
            fields.fields.error("user", "required until login exists, at most 100 characters");
        }
        String email = fields.fields.text("email", false);
        if (email != null && !isAddress(email)) {
            fields.fields.error("email", "not an e-mail address");
        }
        AlertType type = fields.enumOf("alertType", AlertType.class, true);
        Integer channelId = fields.fields.integer("channelId", true, 1, Integer.MAX_VALUE);
        boolean enabled = fields.bool("enabled", true);
        if (!fields.fields.errors().isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The preference has invalid fields.",
                    fields.fields.errors());
        }
        return Response.ok(PreferenceView.of(channels.prefer(name, email, type, channelId, enabled))).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response delete(@PathParam("id") long id, @QueryParam("user") String user) {
        String name = currentUser(user);
        if (name == null) {
            return noUser();
        }
        if (!channels.deletePreference(name, id)) {
            throw new NotFoundException("No preference " + id + " of " + name);
        }
        return Response.noContent().build();
    }

    private String currentUser(String given) {
        if (security != null && security.getUserPrincipal() != null) {
            return security.getUserPrincipal().getName();
        }
        return given == null || given.isBlank() ? null : given.strip();
    }

    private static Response noUser() {
        return Problem.response(Response.Status.BAD_REQUEST, "Name the user with ?user= until login exists.",
                List.of(new Problem.FieldError("user", null, "required")));
    }

    private static boolean isAddress(String email) {
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException e) {
            return false;
        }
    }
}

package org.apportion.web.api.alerts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.apportion.alerts.AlertChannel;
import org.apportion.alerts.AlertChannelService;
import org.apportion.alerts.AlertType;
import org.apportion.alerts.ChannelKind;
import org.apportion.alerts.ChannelSettings;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/alerts/channels} (admin): where alerts go. Body {@code {"name", "kind": EMAIL|SLACK|WEBHOOK,
 * "enabled", "alertTypes": [...], "recipients": [...], "url", "secret"}}. Secrets are write-only: a GET shows a
 * Slack URL masked and a webhook secret as {@code "****"}; an update without {@code secret} keeps it.
 */
@Path("alerts/channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN})
public class AlertChannelResource {

    @Inject
    private AlertChannelService channels;

    @Context
    private UriInfo uri;

    @GET
    public List<AlertChannelView> list() {
        return channels.list().stream().map(AlertChannelView::of).toList();
    }

    @GET
    @Path("{id: \\d+}")
    public AlertChannelView get(@PathParam("id") long id) {
        return AlertChannelView.of(found(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        AlertFields fields = new AlertFields(body);
        ChannelSettings settings = settings(fields);
        if (!fields.fields.errors().isEmpty()) {
            return invalid(fields, settings, true);
        }
        AlertChannel created = channels.create(settings);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(AlertChannelView.of(created)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, JsonObject body) {
        found(id);
        AlertFields fields = new AlertFields(body);
        ChannelSettings settings = settings(fields);
        if (!fields.fields.errors().isEmpty()) {
            return invalid(fields, settings, false);
        }
        return Response.ok(AlertChannelView.of(channels.update(id, settings))).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response delete(@PathParam("id") long id) {
        if (!channels.delete(id)) {
            throw new NotFoundException("No alert channel " + id);
        }
        return Response.noContent().build();
    }

    private static ChannelSettings settings(AlertFields fields) {
        return new ChannelSettings(fields.fields.text("name", true), fields.enumOf("kind", ChannelKind.class, true),
                fields.bool("enabled", true), fields.enums("alertTypes", AlertType.class), fields.strings("recipients"),
                fields.fields.text("url", false), fields.raw("secret"));
    }

    /** The fields that did not parse and what the settings' own checks find in the others: all at once. */
    private static Response invalid(AlertFields fields, ChannelSettings settings, boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>(fields.fields.errors());
        settings.problems(creating).stream()
                .filter(p -> errors.stream().noneMatch(e -> e.field().equals(p.field())))
                .map(Problem.FieldError::of)
                .forEach(errors::add);
        return Problem.response(Response.Status.BAD_REQUEST, "The alert channel has invalid fields.", errors);
    }

    private AlertChannel found(long id) {
        return channels.find(id).orElseThrow(() -> new NotFoundException("No alert channel " + id));
    }
}

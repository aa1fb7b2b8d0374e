package org.apportion.web.api.pricing;

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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apportion.pricing.LiteLlmPriceFile;
import org.apportion.pricing.ModelPrice;
import org.apportion.pricing.ModelPriceService;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Problem;

/** {@code /api/v1/pricing/models}: the LLM token price registry, and loading LiteLLM's price file into it. */
@Path("pricing/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelPriceResource {

    private static final int MAX_PAGE_SIZE = 1000;

    @Inject
    private ModelPriceService prices;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response list(@QueryParam("provider") String provider, @QueryParam("model") String model,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("100") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        List<ModelPriceView> items = prices.list(provider, model, page, size).stream().map(ModelPriceView::of).toList();
        return Response.ok(new Page<>(items, page, size, prices.count(provider, model))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public ModelPriceView get(@PathParam("id") long id) {
        return ModelPriceView.of(found(id));
    }

    /** The price that applies to a model's usage on a date. */
    @GET
    @Path("price-on")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response priceOn(@QueryParam("provider") String provider, @QueryParam("model") String model,
                            @QueryParam("date") String date) {
        if (provider == null || model == null || date == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give provider, model and date (YYYY-MM-DD).");
        }
        LocalDate day = parseDate(date);
        if (day == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "date is not YYYY-MM-DD.",
                    List.of(new Problem.FieldError("date", null, "not a date")));
        }
        return prices.priceOn(provider, model, day).map(p -> Response.ok(ModelPriceView.of(p)).build())
                .orElseGet(() -> Problem.response(Response.Status.NOT_FOUND,
                        "No price of " + provider + "/" + model + " applies on " + day + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response create(JsonObject body) {
        ModelPriceRequest request = new ModelPriceRequest(body);
        if (!request.errors.isEmpty()) {
            return invalid(request);
        }
        ModelPrice created = prices.create(new ModelPrice(request.provider, request.model, request.prices(),
                request.effectiveFrom, request.effectiveTo, request.source));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(ModelPriceView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response update(@PathParam("id") long id, JsonObject body) {
        found(id);
        ModelPriceRequest request = new ModelPriceRequest(body);
        if (!request.errors.isEmpty()) {
            return invalid(request);
        }
        return Response.ok(ModelPriceView.of(prices.update(id, request.prices(), request.effectiveFrom,
                request.effectiveTo, request.source))).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN})
    public Response delete(@PathParam("id") long id) {
        if (!prices.delete(id)) {
            throw new NotFoundException("No model price " + id);
        }
        return Response.noContent().build();
    }

    /** Loads LiteLLM's model_prices_and_context_window.json as of a date (default today). */
    @POST
    @Path("litellm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response loadLiteLlm(@QueryParam("asOf") String asOf, InputStream body) {
        LocalDate day = asOf == null ? LocalDate.now() : parseDate(asOf);
        if (day == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "asOf is not YYYY-MM-DD.",
                    List.of(new Problem.FieldError("asOf", null, "not a date")));
        }
        List<LiteLlmPriceFile.Entry> entries = LiteLlmPriceFile.read(new InputStreamReader(body, StandardCharsets.UTF_8));
        return Response.ok(prices.applyPriceFile(entries, day)).build();
    }

    private ModelPrice found(long id) {
        return prices.find(id).orElseThrow(() -> new NotFoundException("No model price " + id));
    }

    private static Response invalid(ModelPriceRequest request) {
        return Problem.response(Response.Status.BAD_REQUEST, "The model price has invalid fields.", request.errors);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

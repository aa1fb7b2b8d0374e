package org.apportion.web.api.currency;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apportion.currency.CurrencyPair;
import org.apportion.currency.FxRate;
import org.apportion.currency.FxRateCsv;
import org.apportion.currency.FxRateService;
import org.apportion.currency.MissingFxRateException;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Paging;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/fx-rates}: exchange rates per day and currency pair, their CSV import (all or nothing)
 * and the conversion of an amount at a charge date.
 */
@Path("fx-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FxRateResource {

    /** Rate files are small (a year of daily rates of 50 pairs is under 1 MB); this bounds the memory. */
    private static final int MAX_CSV_BYTES = 20 * 1024 * 1024;

    @Inject
    private FxRateService rates;

    @Context
    private UriInfo uri;

    /** Newest first; {@code from}, {@code to} (ISO codes) and {@code date} (the rate's day) filter. */
    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("date") String date, @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("100") int size) {
        LocalDate day = date == null ? null : parseDate(date);
        if (date != null && day == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "date is not YYYY-MM-DD.",
                    List.of(new Problem.FieldError("date", null, "not a date")));
        }
        return Paging.outOfRange(page, size).orElseGet(() -> Response.ok(new Page<>(
                rates.list(from, to, day, page, size).stream().map(FxRateView::of).toList(),
                page, size, rates.count(from, to, day))).build());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public FxRateView get(@PathParam("id") long id) {
        return FxRateView.of(found(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response create(JsonObject body) {
        FxRateRequest request = new FxRateRequest(body);
        if (!request.errors().isEmpty()) {
            return invalid(request);
        }
        FxRate created = rates.create(request.quote(), request.source);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(FxRateView.of(created)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response update(@PathParam("id") long id, JsonObject body) {
        found(id);
        FxRateRequest request = new FxRateRequest(body);
        if (!request.errors().isEmpty()) {
            return invalid(request);
        }
        return Response.ok(FxRateView.of(rates.update(id, request.quote(), request.source))).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response delete(@PathParam("id") long id) {
        if (!rates.delete(id)) {
            throw new NotFoundException("No FX rate " + id);
        }
        return Response.noContent().build();
    }

    /**
     * Imports a CSV with the header {@code date,from,to,rate} (optional {@code source} column; else
     * {@code ?source=}). All or nothing: any bad line → 400 naming each line and column, nothing stored. A
     * line for a day and pair already stored replaces that rate.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    public Response importCsv(@QueryParam("source") @DefaultValue("CSV import") String source, InputStream body)
            throws IOException {
        byte[] bytes = body.readNBytes(MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "An FX rate file may hold at most " + MAX_CSV_BYTES + " bytes.");
        }
        List<FxRateCsv.Line> lines = FxRateCsv.read(new StringReader(new String(bytes, StandardCharsets.UTF_8)), source);
        return Response.ok(rates.importRates(lines)).build();
    }

    /** {@code amount} (decimal string) in {@code from} converted to {@code to} at the charge {@code date}. */
    @GET
    @Path("convert")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response convert(@QueryParam("amount") String amount, @QueryParam("from") String from,
                            @QueryParam("to") String to, @QueryParam("date") String date) {
        List<Problem.FieldError> errors = new ArrayList<>();
        BigDecimal value = parseDecimal(amount, errors);
        checkCurrency("from", from, errors);
        checkCurrency("to", to, errors);
        LocalDate day = date == null ? null : parseDate(date);
        if (day == null) {
            errors.add(new Problem.FieldError("date", null, "required, YYYY-MM-DD"));
        }
        if (!errors.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give amount, from, to and date.", errors);
        }
        try {
            return Response.ok(FxConversionView.of(rates.converter(from, to).convert(value, from, to, day))).build();
        } catch (MissingFxRateException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    private FxRate found(long id) {
        return rates.find(id).orElseThrow(() -> new NotFoundException("No FX rate " + id));
    }

    private static Response invalid(FxRateRequest request) {
        return Problem.response(Response.Status.BAD_REQUEST, "The FX rate has invalid fields.", request.errors());
    }

    private static BigDecimal parseDecimal(String text, List<Problem.FieldError> errors) {
        try {
            if (text != null) {
                return new BigDecimal(text.strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError("amount", null, "required, a decimal number"));
        return null;
    }

    private static void checkCurrency(String field, String code, List<Problem.FieldError> errors) {
        if (!CurrencyPair.isIsoCode(code)) {
            errors.add(new Problem.FieldError(field, null, "required, an ISO 4217 currency code"));
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

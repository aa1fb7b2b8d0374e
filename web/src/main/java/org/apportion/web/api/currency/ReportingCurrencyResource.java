package org.apportion.web.api.currency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apportion.currency.ReportingCurrencyService;
import org.apportion.security.Roles;
import org.apportion.web.api.JsonFields;
import org.apportion.web.api.Problem;

/** {@code /api/v1/settings/reporting-currency}: the currency reports and allocations are shown in. */
@Path("settings/reporting-currency")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportingCurrencyResource {

    /** The setting's body: {@code {"currency": "EUR"}}. */
    public record ReportingCurrencyView(String currency) {
    }

    @Inject
    private ReportingCurrencyService settings;

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public ReportingCurrencyView get() {
        return new ReportingCurrencyView(settings.reportingCurrency());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    public Response put(JsonObject body) {
        JsonFields fields = new JsonFields(body);
        String currency = fields.text("currency", true);
        if (!fields.errors().isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give the currency.", fields.errors());
        }
        return Response.ok(new ReportingCurrencyView(settings.change(currency))).build();
    }
}

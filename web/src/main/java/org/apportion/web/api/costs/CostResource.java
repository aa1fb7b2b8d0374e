package org.apportion.web.api.costs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apportion.costs.CostAggregates;
import org.apportion.costs.CostQueries;
import org.apportion.costs.Granularity;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/costs}: daily and monthly cost series from the aggregates, grouped and filtered by FOCUS
 * columns, {@code category}, {@code costCenter} and {@code tag.<key>}; and the aggregates' state and refresh.
 */
@Path("costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CostResource {

    @Inject
    private CostQueries queries;

    @Inject
    private CostAggregates aggregates;

    @Context
    private UriInfo uri;

    /** {@code ?from=YYYY-MM-DD&to=YYYY-MM-DD[&groupBy=ProviderName,category][&cost=][&currency=][&top=][&<filter>=]}. */
    @GET
    @Path("daily")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> daily() {
        return CostSeriesView.of(queries.series(queries.parse(Granularity.DAILY, uri.getQueryParameters())));
    }

    /** As {@link #daily()}, by billing period: {@code ?from=YYYY-MM&to=YYYY-MM...}. */
    @GET
    @Path("monthly")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> monthly() {
        return CostSeriesView.of(queries.series(queries.parse(Granularity.MONTHLY, uri.getQueryParameters())));
    }

    /** Every aggregated billing period: settings it was built with, lines, run, missing exchange rates. */
    @GET
    @Path("aggregates")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> aggregates() {
        List<Map<String, Object>> items = aggregates.states().stream().map(AggregateStateView::of).toList();
        return Map.of("items", items, "total", items.size());
    }

    /** Rebuilds a billing period's aggregates now, in one transaction (after rule, rate or tag-key changes). */
    @POST
    @Path("aggregates/refresh")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response refresh(@QueryParam("period") String period) {
        YearMonth month;
        try {
            month = YearMonth.parse(period == null ? "" : period);
        } catch (DateTimeParseException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "period is YYYY-MM.",
                    List.of(new Problem.FieldError("period", null, "not YYYY-MM")));
        }
        return Response.ok(AggregateStateView.of(aggregates.refresh(month))).build();
    }
}

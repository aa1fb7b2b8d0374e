package org.apportion.web.api.telemetry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apportion.security.Roles;
import org.apportion.telemetry.UsageMetric;
import org.apportion.telemetry.UsageMetricFile;
import org.apportion.telemetry.UsageMetricService;
import org.apportion.web.api.Problem;

/** Usage telemetry per cost center and day, which usage-proportional allocation rules split cost by. */
@Path("usage-metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsageMetricResource {

    @Inject
    private UsageMetricService metrics;

    /** A metric's figures between two dates (both included). */
    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response list(@QueryParam("metric") String metric, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first == null || last == null || last.isBefore(first)) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give from and to (YYYY-MM-DD, from ≤ to).",
                    List.of(new Problem.FieldError(first == null ? "from" : "to", null, "not a date, or before from")));
        }
        List<Map<String, String>> items = metrics.between(metric, first, last).stream().map(UsageMetricResource::view)
                .toList();
        return Response.ok(Map.of("items", items, "total", items.size())).build();
    }

    /** Loads a CSV {@code date,metric,costCenter,quantity}: all rows, or none and every problem with its line. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response importCsv(@QueryParam("source") String source, InputStream body) throws IOException {
        UsageMetricFile file = UsageMetricFile.read(new InputStreamReader(body, StandardCharsets.UTF_8));
        if (!file.problems().isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The usage file has " + file.problems().size()
                    + " problem(s); nothing was stored.", file.problems().stream()
                    .map(p -> new Problem.FieldError(p.column(), p.line(), p.reason())).toList());
        }
        int stored = metrics.store(file.metrics(), source == null ? "upload" : source);
        return Response.ok(Map.of("stored", stored)).build();
    }

    private static Map<String, String> view(UsageMetric m) {
        return Map.of("date", m.usageDate().toString(), "metric", m.metric(), "costCenter", m.costCenterCode(),
                "quantity", m.quantity().toPlainString());
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

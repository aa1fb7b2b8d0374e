package org.apportion.web.api.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apportion.allocation.AllocationRun;
import org.apportion.exports.FocusExportService;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/exports}: the FOCUS 1.3 CSV of a period's allocated costs, streamed (one row per allocated part,
 * with the split cost allocation columns).
 */
@Path("exports")
@RequestScoped
public class FocusExportResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    private FocusExportService exports;

    /** The period's published allocation run, or {@code run} (an earlier run of the period, as it was). */
    @GET
    @Path("focus")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN})
    public Response focus(@QueryParam("period") String period, @QueryParam("run") Long runId) {
        YearMonth month = period(period);
        if (month == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "period is YYYY-MM.",
                    List.of(new Problem.FieldError("period", null, "not YYYY-MM")));
        }
        Optional<AllocationRun> run = exports.runOf(month, runId);
        if (run.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, runId == null
                    ? "No completed allocation of " + month + ": start one with POST /api/v1/allocations/runs."
                    : "No completed allocation run " + runId + " of " + month + ".");
        }
        StreamingOutput csv = out -> exports.write(run.get(),
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(csv, CSV).header("Content-Disposition", "attachment; filename=" + fileName(month, runId))
                .build();
    }

    private static String fileName(YearMonth month, Long runId) {
        return "apportion-focus-" + month + (runId == null ? "" : "-run-" + runId) + ".csv";
    }

    private static YearMonth period(String text) {
        try {
            return text == null ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package org.apportion.web.api.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apportion.allocation.AllocationQueries;
import org.apportion.allocation.AllocationRun;
import org.apportion.allocation.AllocationRunService;
import org.apportion.allocation.CostView;
import org.apportion.base.Money;
import org.apportion.batch.allocation.AllocationJobs;
import org.apportion.costmodel.CostCenter;
import org.apportion.costmodel.CostCenterHierarchy;
import org.apportion.costmodel.CostCenterService;
import org.apportion.currency.FxRateService;
import org.apportion.currency.ReportingCurrencyService;
import org.apportion.security.Roles;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/allocations}: allocation runs (202 on start, then their status), the summary of a period's
 * published run per cost center (reconciled to the source: residual 0) and the explanation of a cost
 * center's amount.
 */
@Path("allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    private AllocationJobs jobs;

    @Inject
    private AllocationRunService runs;

    @Inject
    private AllocationQueries queries;

    @Inject
    private CostCenterService costCenters;

    @Inject
    private FxRateService fxRates;

    @Inject
    private ReportingCurrencyService reportingCurrency;

    /** {@code {"period": "2025-10"}} or {@code {"from": "2025-01", "to": "2025-12"}}: one run per period. */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response start(JsonObject body) {
        YearMonth from = AllocationRuleResource.period(body.getString("period", body.getString("from", null)));
        YearMonth to = AllocationRuleResource.period(body.getString("period", body.getString("to", null)));
        if (from == null || to == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Give period, or from and to (YYYY-MM).",
                    List.of(new Problem.FieldError(from == null ? "period" : "to", null, "not YYYY-MM")));
        }
        List<Map<String, Object>> started = jobs.start(from, to).stream().map(AllocationResource::view).toList();
        return Response.accepted(Map.of("items", started, "total", started.size())).build();
    }

    @GET
    @Path("runs")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response runsOf(@QueryParam("period") String period) {
        YearMonth month = AllocationRuleResource.period(period);
        if (month == null) {
            return badPeriod();
        }
        List<Map<String, Object>> items = runs.runsOf(month).stream().map(AllocationResource::view).toList();
        return Response.ok(Map.of("items", items, "total", items.size())).build();
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Map<String, Object> run(@PathParam("id") long id) {
        return view(found(id));
    }

    @POST
    @Path("runs/{id}/restart")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response restart(@PathParam("id") long id) {
        found(id);
        return Response.accepted(view(jobs.restart(id))).build();
    }

    /**
     * The period's published run (or {@code run}) per cost center. Without {@code currency}, a period billed in
     * one currency answers in it, one billed in several in the reporting currency (converted at each charge
     * day's rate); {@code currency} names the currency to answer in; {@code billingCurrency} keeps only the
     * lines billed in it, unconverted.
     */
    @GET
    @Path("summary")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response summary(@QueryParam("period") String period, @QueryParam("run") Long runId,
                            @QueryParam("currency") String currency,
                            @QueryParam("billingCurrency") String billingCurrency,
                            @QueryParam("cost") @DefaultValue("BilledCost") String cost) {
        YearMonth month = AllocationRuleResource.period(period);
        CostView view = AllocationRuleResource.costView(cost);
        if (month == null || view == null) {
            return month == null ? badPeriod() : badCost();
        }
        Optional<AllocationRun> run = runOf(month, runId);
        if (run.isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, "No completed allocation of " + month
                    + ": start one with POST /api/v1/allocations/runs.");
        }
        List<String> billed = queries.currencies(run.get().getId());
        AllocationQueries.Summary summary = billingCurrency != null
                ? queries.summary(run.get(), view, billingCurrency) : summaryIn(run.get(), view, currency, billed);
        return Response.ok(summaryView(month, summary)).build();
    }

    /** The rules, methods, ratios and source totals behind a cost center's amount in a period. */
    @GET
    @Path("explain")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response explain(@QueryParam("period") String period, @QueryParam("costCenter") String costCenter,
                            @QueryParam("run") Long runId, @QueryParam("currency") String currency,
                            @QueryParam("cost") @DefaultValue("BilledCost") String cost) {
        YearMonth month = AllocationRuleResource.period(period);
        CostView view = AllocationRuleResource.costView(cost);
        if (month == null || view == null || costCenter == null) {
            return month == null ? badPeriod() : view == null ? badCost() : Problem.response(
                    Response.Status.BAD_REQUEST, "Name the costCenter.",
                    List.of(new Problem.FieldError("costCenter", null, "required")));
        }
        AllocationRun run = runOf(month, runId).orElseThrow(() -> new NotFoundException("No completed allocation of " + month));
        List<String> currencies = currency == null ? queries.currencies(run.getId()) : List.of(currency);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("period", month.toString());
        result.put("costCenter", costCenter);
        result.put("runId", run.getId());
        result.put("cost", view.name());
        result.put("currencies", currencies.stream().map(c -> Map.of("currency", c, "rules",
                queries.explain(run, costCenter, view, c).stream().map(AllocationResource::contribution).toList()))
                .toList());
        return Response.ok(result).build();
    }

    private AllocationQueries.Summary summaryIn(AllocationRun run, CostView view, String currency, List<String> billed) {
        if (currency != null && billed.contains(currency)) {
            return billed.size() == 1 ? queries.summary(run, view, currency)
                    : queries.summaryConverted(run, view, currency, fxRates.converter());
        }
        if (currency == null && billed.size() <= 1) {
            return queries.summary(run, view, billed.isEmpty() ? reportingCurrency.reportingCurrency() : billed.getFirst());
        }
        String target = currency != null ? currency : reportingCurrency.reportingCurrency();
        return queries.summaryConverted(run, view, target, fxRates.converter());
    }

    private Optional<AllocationRun> runOf(YearMonth month, Long runId) {
        if (runId == null) {
            return runs.publishedRun(month);
        }
        return runs.find(runId).filter(r -> r.period().equals(month));
    }

    private Map<String, Object> summaryView(YearMonth month, AllocationQueries.Summary summary) {
        Map<String, String> names = costCenters.all().stream()
                .collect(Collectors.toMap(CostCenter::getCode, CostCenter::getName, (a, b) -> a));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("period", month.toString());
        view.put("runId", summary.run().getId());
        view.put("runStatus", summary.run().getStatus().name());
        view.put("cost", summary.view().name());
        view.put("currency", summary.currency());
        view.put("sourceTotal", Money.exactString(summary.sourceTotal()));
        view.put("allocatedTotal", Money.exactString(summary.allocatedTotal()));
        view.put("unallocated", Money.exactString(summary.unallocated()));
        view.put("residual", Money.exactString(summary.residual()));
        view.put("costCenters", summary.costCenters().stream().map(c -> Map.of("code", c.code(),
                "name", names.getOrDefault(c.code(), c.code()), "amount", Money.exactString(c.amount()))).toList());
        view.put("rollUp", rollUp(summary, names));
        return view;
    }

    /**
     * Totals at every level of the hierarchy (each amount also counts for every ancestor of its cost center),
     * parents before children; cost centers that got nothing, and deleted ones, are left out.
     */
    private List<Map<String, Object>> rollUp(AllocationQueries.Summary summary, Map<String, String> names) {
        CostCenterHierarchy hierarchy = costCenters.hierarchy();
        Map<String, java.math.BigDecimal> amounts = summary.costCenters().stream()
                .filter(c -> hierarchy.contains(c.code()))
                .collect(Collectors.toMap(AllocationQueries.CenterAmount::code, AllocationQueries.CenterAmount::amount));
        return hierarchy.rollUp(amounts).entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> {
                    Map<String, Object> level = new LinkedHashMap<>();
                    level.put("code", e.getKey());
                    level.put("name", names.getOrDefault(e.getKey(), e.getKey()));
                    level.put("parentCode", hierarchy.parentOf(e.getKey()).orElse(null));
                    level.put("amount", Money.exactString(e.getValue()));
                    return level;
                })
                .toList();
    }

    private static Map<String, Object> contribution(AllocationQueries.Contribution c) {
        Function<java.math.BigDecimal, String> exact = d -> d == null ? null : Money.exactString(d);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("ruleId", c.ruleId());
        view.put("ruleVersion", c.ruleVersion());
        view.put("ruleName", c.ruleName());
        view.put("method", c.method());
        view.put("stage", c.stage());
        view.put("lines", c.lines());
        view.put("amount", exact.apply(c.amount()));
        view.put("sourceTotal", exact.apply(c.sourceTotal()));
        view.put("minRatio", exact.apply(c.minRatio()));
        view.put("maxRatio", exact.apply(c.maxRatio()));
        return view;
    }

    static Map<String, Object> view(AllocationRun run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", run.getId());
        view.put("period", run.period().toString());
        view.put("status", run.getStatus().name());
        view.put("rulesAsOf", run.getRulesAsOf().toString());
        view.put("startedAt", run.getStartedAt().toString());
        view.put("completedAt", run.getCompletedAt() == null ? null : run.getCompletedAt().toString());
        view.put("sourceLines", run.getSourceLines());
        view.put("supersededByRunId", run.getSupersededByRunId());
        view.put("failure", run.getFailure());
        return view;
    }

    private AllocationRun found(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("No allocation run " + id));
    }

    private static Response badPeriod() {
        return Problem.response(Response.Status.BAD_REQUEST, "period is YYYY-MM.",
                List.of(new Problem.FieldError("period", null, "not YYYY-MM")));
    }

    private static Response badCost() {
        return Problem.response(Response.Status.BAD_REQUEST, "cost is BilledCost or EffectiveCost.",
                List.of(new Problem.FieldError("cost", null, "not BilledCost or EffectiveCost")));
    }
}

package org.apportion.web.api.alerts;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apportion.alerts.Alert;
import org.apportion.alerts.AlertDraft;
import org.apportion.alerts.AlertKey;
import org.apportion.alerts.AlertLevel;
import org.apportion.alerts.AlertService;
import org.apportion.alerts.AlertType;
import org.apportion.alerts.RaiseOutcome;
import org.apportion.base.Money;
import org.apportion.currency.CurrencyPair;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Paging;
import org.apportion.web.api.Problem;

/**
 * {@code /api/v1/alerts}: the alert history, one alert with its deliveries, raising an alert from a draft
 * (as the nightly checks do) and a test alert to check the channels.
 */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    private AlertService alerts;

    @Context
    private UriInfo uri;

    private final Clock clock = Clock.systemUTC();

    /** Newest first; {@code type}, {@code level}, {@code from} and {@code to} (days, UTC, inclusive) filter. */
    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response history(@QueryParam("type") String type, @QueryParam("level") String level,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("50") int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        AlertType alertType = enumParam("type", type, AlertType.class, errors);
        AlertLevel alertLevel = enumParam("level", level, AlertLevel.class, errors);
        LocalDate fromDay = dayParam("from", from, errors);
        LocalDate toDay = dayParam("to", to, errors);
        if (!errors.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Invalid filters.", errors);
        }
        Instant since = fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant until = toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Paging.outOfRange(page, size).orElseGet(() -> Response.ok(new Page<>(
                alerts.history(alertType, alertLevel, since, until, page, size).stream().map(AlertView::of).toList(),
                page, size, alerts.count(alertType, alertLevel, since, until))).build());
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public AlertView get(@PathParam("id") long id) {
        return AlertView.of(found(id));
    }

    /**
     * Raises an alert from a draft {@code {"type", "subject", "period", "level", "title", "message", "amount",
     * "threshold", "currency"}}: 201 when raised and delivered, 200 with {@code raised: false} when an alert of
     * that type, subject, period and level was raised before (nothing is sent again).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public Response raise(JsonObject body) {
        AlertFields fields = new AlertFields(body);
        AlertType type = fields.enumOf("type", AlertType.class, true);
        AlertLevel level = fields.enumOf("level", AlertLevel.class, true);
        String subject = fields.fields.text("subject", true);
        String period = fields.fields.text("period", true);
        String title = fields.fields.text("title", true);
        String message = fields.fields.text("message", true);
        BigDecimal amount = fields.fields.decimal("amount", false);
        BigDecimal threshold = fields.fields.decimal("threshold", false);
        String currency = fields.fields.text("currency", amount != null || threshold != null);
        if (subject != null && period != null) {
            AlertKey.problemsOf(subject, period).forEach(p -> fields.fields.error(p.field(), p.message()));
        }
        if (title != null && title.length() > 255) {
            fields.fields.error("title", "at most 255 characters");
        }
        if (currency != null && !CurrencyPair.isIsoCode(currency)) {
            fields.fields.error("currency", "not an ISO 4217 currency code");
        }
        if (!fields.fields.errors().isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "The alert has invalid fields.", fields.fields.errors());
        }
        AlertDraft draft = new AlertDraft(new AlertKey(type, subject, period, level), title, message,
                amount == null ? null : new Money(amount, currency), threshold == null ? null : new Money(threshold, currency));
        return answer(alerts.raise(draft));
    }

    /**
     * Raises a test alert (MOM_VARIANCE, INFO) to every channel that receives that type. Its subject holds the
     * instant, so each call is a new alert.
     */
    @POST
    @Path("test")
    @RolesAllowed({Roles.ADMIN})
    public Response test() {
        Instant now = clock.instant();
        AlertDraft draft = new AlertDraft(
                new AlertKey(AlertType.MOM_VARIANCE, "test:" + now.toEpochMilli(),
                        YearMonth.from(now.atZone(ZoneOffset.UTC)).toString(), AlertLevel.INFO),
                "Test alert", "A test alert sent by an administrator at " + now
                + " to check the alert channels. No action needed.", null, null);
        return answer(alerts.raise(draft));
    }

    private Response answer(RaiseOutcome outcome) {
        AlertView alert = AlertView.of(found(outcome.alertId()));
        if (outcome.raised()) {
            return Response.created(uri.getBaseUriBuilder().path("alerts").path(Long.toString(outcome.alertId())).build())
                    .entity(new RaiseView(true, "Raised and delivered to " + alert.deliveries().size() + " channel(s).",
                            alert)).build();
        }
        return Response.ok(new RaiseView(false, "Already raised at " + alert.raisedAt()
                + ": the same type, subject, period and level is raised once; nothing was sent again.", alert)).build();
    }

    private Alert found(long id) {
        return alerts.find(id).orElseThrow(() -> new NotFoundException("No alert " + id));
    }

    private static <E extends Enum<E>> E enumParam(String name, String text, Class<E> type,
                                                   List<Problem.FieldError> errors) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, null, "one of " + java.util.EnumSet.allOf(type)));
            return null;
        }
    }

    private static LocalDate dayParam(String name, String text, List<Problem.FieldError> errors) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, null, "not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}

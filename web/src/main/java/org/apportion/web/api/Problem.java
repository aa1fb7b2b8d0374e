package org.apportion.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apportion.base.FieldProblem;

/** An RFC 9457 problem detail; {@code errors} lists each field (and file line) at fault. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, Long line, String message) {

        public static FieldError of(FieldProblem problem) {
            return new FieldError(problem.field(), problem.line(), problem.message());
        }
    }

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    public static Response response(Response.Status status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}

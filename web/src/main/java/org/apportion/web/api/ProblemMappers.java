package org.apportion.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apportion.base.InvalidFieldsException;
import org.apportion.imports.BillFileTooLargeException;

/** Turns exceptions into problem details, so clients never see a server's HTML error page. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
            return Problem.response(status == null ? Response.Status.INTERNAL_SERVER_ERROR : status, e.getMessage());
        }
    }

    @Provider
    public static class TooLargeProblems implements ExceptionMapper<BillFileTooLargeException> {
        @Override
        public Response toResponse(BillFileTooLargeException e) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        }
    }

    @Provider
    public static class InvalidFieldsProblems implements ExceptionMapper<InvalidFieldsException> {
        @Override
        public Response toResponse(InvalidFieldsException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(),
                    e.problems().stream().map(Problem.FieldError::of).toList());
        }
    }

    @Provider
    public static class UnexpectedProblems implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof InvalidFieldsException invalid) {
                return new InvalidFieldsProblems().toResponse(invalid);
            }
            if (cause instanceof IllegalArgumentException) {
                return Problem.response(Response.Status.BAD_REQUEST, cause.getMessage());
            }
            if (cause instanceof IllegalStateException) {
                return Problem.response(Response.Status.CONFLICT, cause.getMessage());
            }
            LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Unexpected error: " + cause.getClass().getSimpleName() + ". See the server log.");
        }
    }
}

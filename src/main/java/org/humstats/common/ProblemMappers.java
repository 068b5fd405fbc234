package org.humstats.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one error path: every exception that can leave a resource becomes an RFC 9457 problem.
 * Messages are written for the person who sent the request; no exception class or stack trace
 * ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String TYPE_BASE = "https://humstats.org/problems/";

    static String typeUri(String type) {
        return TYPE_BASE + type;
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response r = response(e.toProblem());
        if (e.retryAfter() != null) {
            r.getHeaders().putSingle("Retry-After", e.retryAfter().toString());
        }
        return r;
    }

    @ServerExceptionMapper
    public Response importRejected(ImportRejected e) {
        return response(new Problem(typeUri("import-rejected"), "The file was rejected", 400, e.getMessage(), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return response(ProblemException.validation(errors).toProblem());
    }

    /** "create.input.title" → "title": the client knows its own body, not our method names. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        String allowed = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", "));
        String message = "unknown field" + (allowed.isEmpty() ? "" : "; known fields are: " + allowed);
        return response(ProblemException.validation(List.of(new Problem.FieldError(field, message))).toProblem());
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String message = e instanceof RefusedValue refused ? refused.reason()
                : e instanceof InvalidFormatException ife
                ? "'" + ife.getValue() + "' is not a valid " + expected
                : "expected " + expected;
        if (field.isEmpty()) {
            return response(new Problem(typeUri("malformed-json"), "Malformed JSON", 400,
                    "The request body is not the JSON this endpoint expects: " + message + ".", null));
        }
        return response(ProblemException.validation(List.of(new Problem.FieldError(field, message))).toProblem());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return response(new Problem(typeUri("malformed-json"), "Malformed JSON", 400,
                "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return jpe instanceof UnrecognizedPropertyException upe ? unknownProperty(upe)
                    : jpe instanceof MismatchedInputException mie ? wrongType(mie) : malformedJson(jpe);
        }
        if (e.getCause() instanceof ProblemException pe) {
            return problem(pe);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address. The API lives under /api/v1; see /q/swagger-ui.";
            case 405 -> "This address does not accept that HTTP method.";
            case 406 -> "This endpoint cannot answer in the requested media type (Accept header).";
            case 415 -> "This endpoint does not accept that Content-Type.";
            default -> status >= 500 ? "The server failed to handle the request." : title + ".";
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(typeUri(title.toLowerCase().replace(' ', '-')), title, status, detail, null));
        // Keep the headers that tell the client what would work (Allow on 405, WWW-Authenticate).
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    /** Seconds a client waits before trying again while the database cannot be reached. */
    static final int DATABASE_RETRY_AFTER = 5;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseFailures.unreachable(e)) {
            LOG.warn("The database cannot be reached: " + e);
            return problem(ProblemException.unavailable("The database cannot be reached just now. "
                    + "Try again in a few seconds.", DATABASE_RETRY_AFTER));
        }
        LOG.error("Unexpected server error", e);
        return response(new Problem(typeUri("internal"), "Internal Server Error", 500,
                "The server failed to handle the request. It has been logged.", null));
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "timestamp (RFC 3339, e.g. 2017-11-08T12:00:00Z)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum() && WireNamed.class.isAssignableFrom(type)) {
            @SuppressWarnings("unchecked")
            Class<? extends WireNamed> wired = (Class<? extends WireNamed>) type;
            return "value; use one of: " + WireNamed.allowed(wired);
        }
        return "object";
    }
}

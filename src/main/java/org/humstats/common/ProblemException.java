package org.humstats.common;

import java.util.List;

/** Any failure the client can act on. Mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;
    /** Seconds after which the same request may succeed (sent as Retry-After), or null. */
    private Integer retryAfter;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }

    public static ProblemException invalidParameter(String name, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter",
                "Parameter '" + name + "': " + message, List.of(new Problem.FieldError(name, message)));
    }

    public static ProblemException validation(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new ProblemException(400, "validation", "The request is not valid", detail, errors);
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " '" + key + "'.", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    public static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "payload-too-large", "Request body too large",
                "The request body is larger than this endpoint accepts (" + limit + " bytes).", null);
    }

    /** The service cannot take the request now (it is busy, or the database is down); it may work later. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        ProblemException e = new ProblemException(503, "unavailable", "Service unavailable", detail, null);
        e.retryAfter = retryAfterSeconds;
        return e;
    }

    /** Too many requests from one client; {@code retryAfterSeconds} until one more is allowed. */
    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        ProblemException e = new ProblemException(429, "rate-limited", "Too many requests", detail, null);
        e.retryAfter = retryAfterSeconds;
        return e;
    }

    public Integer retryAfter() {
        return retryAfter;
    }

    public Problem toProblem() {
        return new Problem(ProblemMappers.typeUri(type), title, status, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}

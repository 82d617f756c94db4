package io.contactcenter.platform.problem;

/**
 * The service cannot take the request now (a store unreachable or loading, saturation): a 503 with
 * {@code Retry-After}, and a problem body naming the cause, so a caller can tell it from a bug.
 */
public class ServiceUnavailableProblem extends RuntimeException {

    private final String cause;
    private final int retryAfterSeconds;

    public ServiceUnavailableProblem(String cause, String message, int retryAfterSeconds) {
        super(message);
        this.cause = cause;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** What is unavailable, e.g. {@code redis} or {@code event-backlog}. */
    public String unavailable() {
        return cause;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

package io.contactcenter.recognition;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Caller;

/**
 * Path and query values read as text, so a bad one is a 400 problem naming it (JAX-RS would answer
 * an unconvertible value with a bare 404). Periods: {@code period.PeriodParams}.
 */
public final class RequestParams {

    /** The 403 of agent-scoped operations, for their OpenAPI description. */
    public static final String OTHER_AGENT = "an `agent` token asks about another agent than itself";

    /** Longest id accepted in a path or query (ids in bodies have the same limit). */
    public static final int MAX_ID = 64;

    private RequestParams() {
    }

    /** A whole number in [min, max]. */
    public static int wholeNumber(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFieldProblem(field,
                field + " must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }

    /** An id: 1 to {@value #MAX_ID} characters. */
    public static String id(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ID) {
            throw new InvalidFieldProblem(field, field + " must be 1 to " + MAX_ID + " characters");
        }
        return value;
    }

    /** An agent id in a path: a valid id, and one the caller acts for (an agent token only its own: 403). */
    public static String agentId(String value, Caller caller) {
        String agentId = id("agentId", value);
        caller.requireActsFor(agentId);
        return agentId;
    }
}

package io.contactcenter.platform.problem;

/** Thrown by domain services when an id names nothing; rendered as a 404 problem. */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String what, String id) {
        super(what + " '" + id + "' not found");
    }
}

package io.contactcenter.platform.problem;

/** A request that is valid but clashes with the current state; rendered as a 409 problem. */
public class ConflictProblem extends RuntimeException {
    public ConflictProblem(String message) {
        super(message);
    }
}

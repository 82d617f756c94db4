package io.contactcenter.platform.problem;

/**
 * The caller has a role the operation accepts but may not do this one thing (another agent's
 * evaluation, another evaluator's task): rendered as a 403 problem saying why.
 */
public class ForbiddenProblem extends RuntimeException {
    public ForbiddenProblem(String message) {
        super(message);
    }
}

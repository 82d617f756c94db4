package io.contactcenter.quality;

/**
 * The caller has the right role but is not the person this action belongs to (another evaluator's
 * task, another agent's evaluation). Rendered as a 403 problem by {@link QualityProblemMappers}.
 */
public class ForbiddenProblem extends RuntimeException {
    public ForbiddenProblem(String message) {
        super(message);
    }
}

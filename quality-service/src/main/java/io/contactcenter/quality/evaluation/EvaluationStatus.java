package io.contactcenter.quality.evaluation;

/**
 * OPEN (a task: picked, maybe assigned, not scored) -> COMPLETED (scored) -> ACKNOWLEDGED by the agent,
 * or DISPUTED -> REVIEWED by a second evaluator.
 */
public enum EvaluationStatus {
    OPEN,
    COMPLETED,
    ACKNOWLEDGED,
    DISPUTED,
    REVIEWED;

    /** Scored evaluations: the ones reports count. */
    public boolean scored() {
        return this != OPEN;
    }
}

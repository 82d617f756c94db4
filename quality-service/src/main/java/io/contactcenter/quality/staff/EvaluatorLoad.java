package io.contactcenter.quality.staff;

/** An active evaluator and the work waiting for them: open tasks plus disputes to review. */
public record EvaluatorLoad(String evaluatorId, long open) {
}

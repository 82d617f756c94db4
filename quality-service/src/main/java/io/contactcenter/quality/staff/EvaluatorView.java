package io.contactcenter.quality.staff;

/** An evaluator and the open work assigned to them (tasks to score, disputes to review). */
public record EvaluatorView(String evaluatorId, String name, boolean active, long openWork) {
}

package io.contactcenter.quality.evaluation;

import java.time.Duration;
import java.time.Instant;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.ForbiddenProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;

/**
 * Who may move an evaluation to which state, and when. Plain Java: the service calls these before
 * changing anything, so a refused request leaves nothing half-written.
 */
public final class EvaluationRules {

    private EvaluationRules() {
    }

    /** Only the assigned evaluator scores an open task. */
    public static void checkSubmit(Evaluation e, String caller) {
        requireStatus(e, EvaluationStatus.OPEN, "submitted");
        if (e.evaluatorId == null) {
            throw new ForbiddenProblem("evaluation " + e.evaluationId + " is not assigned to an evaluator yet");
        }
        if (!e.evaluatorId.equals(caller)) {
            throw new ForbiddenProblem("evaluation " + e.evaluationId + " is assigned to " + e.evaluatorId);
        }
    }

    /** Only open tasks move between evaluators. */
    public static void checkReassign(Evaluation e) {
        requireStatus(e, EvaluationStatus.OPEN, "reassigned");
    }

    /** The evaluated agent acknowledges a completed evaluation, at any time. */
    public static void checkAcknowledge(Evaluation e, String caller) {
        requireAgent(e, caller);
        requireStatus(e, EvaluationStatus.COMPLETED, "acknowledged");
    }

    /** The evaluated agent disputes a completed evaluation within the window after completion. */
    public static void checkDispute(Evaluation e, String caller, Instant now, Duration window) {
        requireAgent(e, caller);
        requireStatus(e, EvaluationStatus.COMPLETED, "disputed");
        Instant closes = e.completedAt.plus(window);
        if (now.isAfter(closes)) {
            throw new ConflictProblem("the dispute window of evaluation " + e.evaluationId + " closed at " + closes);
        }
    }

    /**
     * A second evaluator reviews a dispute: never the one who scored it, and the assigned reviewer
     * when there is one. AMENDED needs the new answers; UPHELD keeps the original ones.
     */
    public static void checkReview(Evaluation e, String caller, ReviewOutcome outcome, boolean hasAnswers) {
        requireStatus(e, EvaluationStatus.DISPUTED, "reviewed");
        if (caller.equals(e.evaluatorId)) {
            throw new ForbiddenProblem("a dispute is reviewed by a second evaluator, not by " + e.evaluatorId);
        }
        if (e.reviewerId != null && !e.reviewerId.equals(caller)) {
            throw new ForbiddenProblem("the dispute of evaluation " + e.evaluationId + " is assigned to "
                    + e.reviewerId);
        }
        if (outcome == ReviewOutcome.AMENDED && !hasAnswers) {
            throw new InvalidFieldProblem("answers", "an AMENDED review gives the corrected answers");
        }
        if (outcome == ReviewOutcome.UPHELD && hasAnswers) {
            throw new InvalidFieldProblem("answers", "an UPHELD review keeps the original answers: send none");
        }
    }

    private static void requireAgent(Evaluation e, String caller) {
        if (!e.agentId.equals(caller)) {
            throw new ForbiddenProblem("evaluation " + e.evaluationId + " is about another agent");
        }
    }

    private static void requireStatus(Evaluation e, EvaluationStatus expected, String action) {
        if (e.status != expected) {
            throw new ConflictProblem("evaluation " + e.evaluationId + " is " + e.status + ": only " + expected
                    + " evaluations can be " + action);
        }
    }
}

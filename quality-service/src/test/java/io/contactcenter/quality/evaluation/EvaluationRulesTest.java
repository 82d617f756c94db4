package io.contactcenter.quality.evaluation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.ForbiddenProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;

/** Who may do what to an evaluation, and when; the dispute window against a controlled clock. No Quarkus. */
class EvaluationRulesTest {

    static final Duration WINDOW = Duration.ofDays(7);
    static final Instant COMPLETED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void onlyTheAssignedEvaluatorSubmitsAnOpenTask() {
        Evaluation e = evaluation(EvaluationStatus.OPEN);
        assertDoesNotThrow(() -> EvaluationRules.checkSubmit(e, "qa-1"));
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkSubmit(e, "qa-2"));
        e.evaluatorId = null;
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkSubmit(e, "qa-1"));
        Evaluation done = evaluation(EvaluationStatus.COMPLETED);
        assertThrows(ConflictProblem.class, () -> EvaluationRules.checkSubmit(done, "qa-1"), "scored once");
    }

    @Test
    void onlyTheEvaluatedAgentRespondsOnceToACompletedEvaluation() {
        Evaluation e = evaluation(EvaluationStatus.COMPLETED);
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkAcknowledge(e, "a-other"));
        assertDoesNotThrow(() -> EvaluationRules.checkAcknowledge(e, "a-1"));
        for (EvaluationStatus s : new EvaluationStatus[] { EvaluationStatus.OPEN, EvaluationStatus.ACKNOWLEDGED,
                EvaluationStatus.DISPUTED, EvaluationStatus.REVIEWED }) {
            Evaluation other = evaluation(s);
            assertThrows(ConflictProblem.class, () -> EvaluationRules.checkAcknowledge(other, "a-1"), s.name());
            assertThrows(ConflictProblem.class, () -> EvaluationRules.checkDispute(other, "a-1", COMPLETED, WINDOW),
                    s.name());
        }
    }

    @Test
    void disputesCloseWhenTheWindowEnds() {
        Evaluation e = evaluation(EvaluationStatus.COMPLETED);
        Clock lastMoment = Clock.fixed(COMPLETED.plus(WINDOW), ZoneOffset.UTC);
        Clock tooLate = Clock.offset(lastMoment, Duration.ofMillis(1));
        assertDoesNotThrow(() -> EvaluationRules.checkDispute(e, "a-1", lastMoment.instant(), WINDOW));
        ConflictProblem p = assertThrows(ConflictProblem.class,
                () -> EvaluationRules.checkDispute(e, "a-1", tooLate.instant(), WINDOW));
        assertTrue(p.getMessage().contains("2026-03-09T09:00:00Z"), p.getMessage());
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkDispute(e, "a-2", lastMoment.instant(), WINDOW));
    }

    @Test
    void aDisputeIsReviewedBySomeoneElseThanTheFirstEvaluator() {
        Evaluation e = evaluation(EvaluationStatus.DISPUTED);
        e.reviewerId = "qa-2";
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkReview(e, "qa-1", ReviewOutcome.UPHELD, false));
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkReview(e, "qa-3", ReviewOutcome.UPHELD, false),
                "the assigned reviewer decides");
        assertDoesNotThrow(() -> EvaluationRules.checkReview(e, "qa-2", ReviewOutcome.UPHELD, false));
        e.reviewerId = null;
        assertDoesNotThrow(() -> EvaluationRules.checkReview(e, "qa-3", ReviewOutcome.UPHELD, false));
        assertThrows(ForbiddenProblem.class, () -> EvaluationRules.checkReview(e, "qa-1", ReviewOutcome.UPHELD, false));
        assertThrows(ConflictProblem.class,
                () -> EvaluationRules.checkReview(evaluation(EvaluationStatus.COMPLETED), "qa-2", ReviewOutcome.UPHELD, false));
    }

    @Test
    void amendedNeedsAnswersAndUpheldTakesNone() {
        Evaluation e = evaluation(EvaluationStatus.DISPUTED);
        assertEquals("answers", assertThrows(InvalidFieldProblem.class,
                () -> EvaluationRules.checkReview(e, "qa-2", ReviewOutcome.AMENDED, false)).field());
        assertEquals("answers", assertThrows(InvalidFieldProblem.class,
                () -> EvaluationRules.checkReview(e, "qa-2", ReviewOutcome.UPHELD, true)).field());
    }

    @Test
    void onlyOpenTasksAreReassigned() {
        assertDoesNotThrow(() -> EvaluationRules.checkReassign(evaluation(EvaluationStatus.OPEN)));
        assertThrows(ConflictProblem.class, () -> EvaluationRules.checkReassign(evaluation(EvaluationStatus.COMPLETED)));
    }

    private static Evaluation evaluation(EvaluationStatus status) {
        Evaluation e = new Evaluation();
        e.evaluationId = UUID.randomUUID();
        e.agentId = "a-1";
        e.evaluatorId = "qa-1";
        e.status = status;
        e.completedAt = status == EvaluationStatus.OPEN ? null : COMPLETED;
        return e;
    }
}

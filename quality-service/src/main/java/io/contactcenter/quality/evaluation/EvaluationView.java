package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.contactcenter.quality.sampling.SelectionReason;
import io.contactcenter.quality.scorecard.ItemScore;
import io.contactcenter.quality.scorecard.SectionScore;

/** An evaluation as the API shows it; score fields are null while it is an open task. */
public record EvaluationView(UUID evaluationId, String contactId, String agentId, String teamId, Instant callEndedAt,
        SelectionReason selectionReason, EvaluationStatus status, String evaluatorId, Instant assignedAt,
        String scorecardId, Integer scorecardVersion, Double score, Double rawScore, Double passMark, Boolean passed,
        Boolean criticalFailed, List<SectionScore> sections, List<ItemScore> items, String comment,
        Instant completedAt, Instant respondedAt, String disputeReason, String reviewerId, ReviewOutcome reviewOutcome,
        String reviewComment, Instant reviewedAt, Double originalScore, Instant createdAt) {
}

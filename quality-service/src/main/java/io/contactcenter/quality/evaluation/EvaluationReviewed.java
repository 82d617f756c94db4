package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.UUID;

/**
 * contactcenter.evaluation.reviewed (event-catalog/schemas): a second reviewer decided a dispute;
 * the score is final.
 */
public record EvaluationReviewed(UUID evaluationId, String contactId, String agentId, String teamId,
        String evaluatorId, String reviewerId, String outcome, double previousScore, double score, boolean passed,
        boolean criticalFailed, Instant occurredAt) {

    public static final String TYPE = "contactcenter.evaluation.reviewed";
}

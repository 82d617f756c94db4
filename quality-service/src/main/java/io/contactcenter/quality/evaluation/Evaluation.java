package io.contactcenter.quality.evaluation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.contactcenter.quality.sampling.SelectionReason;

/**
 * One picked call from task to final score. At most one per contact (no call is evaluated twice).
 * {@code result} is the JSON of the item and section scores ({@code ScoreResult} minus the totals);
 * reports aggregate it in SQL.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Column(name = "contact_id", nullable = false, unique = true)
    public String contactId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "team_id", nullable = false)
    public String teamId;

    @Column(name = "call_ended_at", nullable = false)
    public Instant callEndedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "selection_reason", nullable = false)
    public SelectionReason selectionReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationStatus status;

    @Column(name = "evaluator_id")
    public String evaluatorId;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "scorecard_id")
    public String scorecardId;

    @Column(name = "scorecard_version")
    public Integer scorecardVersion;

    public Double score;

    @Column(name = "raw_score")
    public Double rawScore;

    @Column(name = "pass_mark")
    public Double passMark;

    public Boolean passed;

    @Column(name = "critical_failed")
    public Boolean criticalFailed;

    @Column(columnDefinition = "text")
    public String result;

    public String comment;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "dispute_reason")
    public String disputeReason;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    public ReviewOutcome reviewOutcome;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** The evaluator's score before a review amended it (null otherwise). */
    @Column(name = "original_score")
    public Double originalScore;

    @Column(name = "original_result", columnDefinition = "text")
    public String originalResult;

    @Version
    public int version;
}

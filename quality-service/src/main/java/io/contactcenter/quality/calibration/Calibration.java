package io.contactcenter.quality.calibration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A calibration session: several evaluators score the same call with one pinned scorecard version. */
@Entity
@Table(name = "calibration")
public class Calibration {

    @Id
    @Column(name = "calibration_id")
    public UUID calibrationId;

    @Column(name = "contact_id", nullable = false)
    public String contactId;

    @Column(name = "scorecard_id", nullable = false)
    public String scorecardId;

    @Column(name = "scorecard_version", nullable = false)
    public int scorecardVersion;

    /** Whose score is the reference (usually the QA lead's). */
    @Column(name = "reference_evaluator_id", nullable = false)
    public String referenceEvaluatorId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

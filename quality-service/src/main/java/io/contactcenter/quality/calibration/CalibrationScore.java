package io.contactcenter.quality.calibration;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One evaluator's score in a calibration session (once per evaluator); {@code result} is the ScoreResult JSON. */
@Entity
@Table(name = "calibration_score")
@IdClass(CalibrationScore.Key.class)
public class CalibrationScore {

    @Id
    @Column(name = "calibration_id")
    public UUID calibrationId;

    @Id
    @Column(name = "evaluator_id")
    public String evaluatorId;

    @Column(nullable = false)
    public double score;

    @Column(nullable = false, columnDefinition = "text")
    public String result;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public static class Key implements Serializable {
        public UUID calibrationId;
        public String evaluatorId;

        public Key() {
        }

        public Key(UUID calibrationId, String evaluatorId) {
            this.calibrationId = calibrationId;
            this.evaluatorId = evaluatorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.calibrationId, calibrationId)
                    && Objects.equals(k.evaluatorId, evaluatorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(calibrationId, evaluatorId);
        }
    }
}

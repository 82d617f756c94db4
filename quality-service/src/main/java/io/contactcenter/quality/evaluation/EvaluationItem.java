package io.contactcenter.quality.evaluation;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.contactcenter.quality.scorecard.ItemScore;

/** One scored item of an evaluation, the row reports aggregate; replaced when a review amends the answers. */
@Entity
@Table(name = "evaluation_item")
@IdClass(EvaluationItem.Key.class)
public class EvaluationItem {

    @Id
    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @Id
    public String item;

    @Column(nullable = false)
    public String section;

    @Column(name = "section_name", nullable = false)
    public String sectionName;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String answer;

    @Column(nullable = false)
    public boolean applicable;

    @Column(name = "max_points", nullable = false)
    public double maxPoints;

    @Column(nullable = false)
    public double earned;

    @Column(nullable = false)
    public boolean critical;

    @Column(nullable = false)
    public boolean failed;

    static EvaluationItem of(UUID evaluationId, ItemScore s) {
        EvaluationItem i = new EvaluationItem();
        i.evaluationId = evaluationId;
        i.item = s.item();
        i.section = s.section();
        i.sectionName = s.sectionName();
        i.label = s.label();
        i.answer = s.answer();
        i.applicable = s.applicable();
        i.maxPoints = s.maxPoints();
        i.earned = s.earned();
        i.critical = s.critical();
        i.failed = s.failed();
        return i;
    }

    public static class Key implements Serializable {
        public UUID evaluationId;
        public String item;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.evaluationId, evaluationId) && Objects.equals(k.item, item);
        }

        @Override
        public int hashCode() {
            return Objects.hash(evaluationId, item);
        }
    }
}

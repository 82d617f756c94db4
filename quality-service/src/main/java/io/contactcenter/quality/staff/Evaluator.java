package io.contactcenter.quality.staff;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member of the QA group who scores calls. The id is the subject (upn) of the evaluator's token:
 * only the assigned evaluator may submit a task. Inactive evaluators (leave, moved) get no new tasks.
 */
@Entity
@Table(name = "qa_evaluator")
public class Evaluator {

    @Id
    @Column(name = "evaluator_id")
    public String evaluatorId;

    public String name;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

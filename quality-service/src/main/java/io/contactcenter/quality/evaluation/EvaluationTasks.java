package io.contactcenter.quality.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.quality.AdvisoryLocks;
import io.contactcenter.quality.sampling.SelectionReason;
import io.contactcenter.quality.staff.StaffService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Turns a picked call into an evaluation task assigned to the least-loaded active evaluator (or left
 * unassigned when there is none; POST /qa/evaluations/assign hands those out later). Runs in the
 * caller's transaction, after the caller locked the contact, so the task exists if and only if the
 * call was picked.
 */
@ApplicationScoped
public class EvaluationTasks {

    private final AdvisoryLocks locks;
    private final StaffService staff;
    private final Clock clock;

    public EvaluationTasks(AdvisoryLocks locks, StaffService staff, Clock clock) {
        this.locks = locks;
        this.staff = staff;
        this.clock = clock;
    }

    public Uni<Evaluation> open(String contactId, String agentId, String teamId, Instant callEndedAt,
            SelectionReason reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // One assignment at a time: two concurrent picks must not both see the same evaluator as least loaded.
        return locks.lock(AdvisoryLocks.ASSIGNMENT)
                .chain(() -> staff.pickEvaluator(Set.of()))
                .chain(evaluator -> {
                    Evaluation e = new Evaluation();
                    e.evaluationId = UUID.randomUUID();
                    e.contactId = contactId;
                    e.agentId = agentId;
                    e.teamId = teamId;
                    e.callEndedAt = callEndedAt;
                    e.selectionReason = reason;
                    e.status = EvaluationStatus.OPEN;
                    e.evaluatorId = evaluator.orElse(null);
                    e.assignedAt = evaluator.isPresent() ? now : null;
                    e.createdAt = now;
                    return Panache.getSession().chain(session -> session.persist(e)).replaceWith(e);
                });
    }
}

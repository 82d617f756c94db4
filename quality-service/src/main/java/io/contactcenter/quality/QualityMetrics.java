package io.contactcenter.quality;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.quality.evaluation.EvaluationStatus;
import io.contactcenter.quality.evaluation.EvaluationView;
import io.contactcenter.quality.sampling.CandidateView;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * What a QA lead or an operator reads on /q/metrics. Counters are recorded after the commit (callers
 * call these once the transaction's result arrived), so rolled-back work is not counted. The backlog
 * gauges are refreshed from the database every {@code quality.metrics-refresh}.
 */
@ApplicationScoped
public class QualityMetrics {

    private static final Logger LOG = Logger.getLogger(QualityMetrics.class);

    private final MeterRegistry registry;
    private final DistributionSummary scores;
    private final AtomicLong openTasks = new AtomicLong();
    private final AtomicLong unassignedTasks = new AtomicLong();
    private final AtomicLong pendingDisputes = new AtomicLong();

    public QualityMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.scores = DistributionSummary.builder("qa.evaluation.score")
                .description("Final scores of completed evaluations (0..100)").register(registry);
        Gauge.builder("qa.evaluations.open", openTasks, AtomicLong::get)
                .description("Evaluation tasks picked and not scored yet").register(registry);
        Gauge.builder("qa.evaluations.unassigned", unassignedTasks, AtomicLong::get)
                .description("Open tasks with no evaluator (none active when they were picked)").register(registry);
        Gauge.builder("qa.disputes.pending", pendingDisputes, AtomicLong::get)
                .description("Disputed evaluations waiting for the second review").register(registry);
    }

    /** Prometheus {@code qa_candidates_total{selected,reason}}; reason NONE for calls not picked. */
    public void candidate(CandidateView c) {
        registry.counter("qa.candidates", "selected", String.valueOf(c.selected()), "reason",
                c.selectionReason() == null ? "NONE" : c.selectionReason().name()).increment();
    }

    /** Prometheus {@code qa_evaluations_completed_total{passed,critical_failed}} and {@code qa_evaluation_score}. */
    public void completed(EvaluationView e) {
        registry.counter("qa.evaluations.completed", "passed", String.valueOf(e.passed()), "critical_failed",
                String.valueOf(e.criticalFailed())).increment();
        scores.record(e.score());
    }

    /** Prometheus {@code qa_evaluation_responses_total{response=ACKNOWLEDGED|DISPUTED}}. */
    public void responded(EvaluationView e) {
        registry.counter("qa.evaluation.responses", "response", e.status().name()).increment();
    }

    /** Prometheus {@code qa_reviews_total{outcome}}. */
    public void reviewed(EvaluationView e) {
        registry.counter("qa.reviews", "outcome", e.reviewOutcome().name()).increment();
    }

    @Scheduled(every = "${quality.metrics-refresh:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshBacklog() {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createSelectionQuery(
                "select count(*), sum(case when e.evaluatorId is null then 1 else 0 end) from Evaluation e"
                        + " where e.status = :open", Object[].class)
                .setParameter("open", EvaluationStatus.OPEN).getSingleResult()
                .chain(open -> session.createSelectionQuery(
                        "select count(*) from Evaluation e where e.status = :disputed", Long.class)
                        .setParameter("disputed", EvaluationStatus.DISPUTED).getSingleResult()
                        .invoke(disputed -> {
                            openTasks.set(((Number) open[0]).longValue());
                            unassignedTasks.set(open[1] == null ? 0 : ((Number) open[1]).longValue());
                            pendingDisputes.set(disputed);
                        }))))
                .onFailure().invoke(e -> LOG.warnf("QA backlog gauges not refreshed: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}

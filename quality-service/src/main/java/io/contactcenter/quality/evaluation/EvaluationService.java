package io.contactcenter.quality.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.outbox.Outbox;
import io.contactcenter.platform.problem.ForbiddenProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.security.Caller;
import io.contactcenter.quality.AdvisoryLocks;
import io.contactcenter.quality.QualityConfig;
import io.contactcenter.quality.sampling.CandidateService;
import io.contactcenter.quality.scorecard.ItemScore;
import io.contactcenter.quality.scorecard.ScoreResult;
import io.contactcenter.quality.scorecard.Scorecard;
import io.contactcenter.quality.scorecard.ScorecardService;
import io.contactcenter.quality.scorecard.Scoring;
import io.contactcenter.quality.scorecard.SectionScore;
import io.contactcenter.quality.staff.Assignment;
import io.contactcenter.quality.staff.StaffService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Evaluations from task to final score: scoring with a pinned scorecard version, the agent's answer
 * (acknowledge or dispute), the second review. Every state change and its quality-events record are
 * written in one transaction through the outbox; the row is locked first, so two requests on one
 * evaluation take turns and the rules see the current state.
 */
@ApplicationScoped
public class EvaluationService {

    /** The stored JSON of an evaluation's scores. */
    public record StoredResult(List<SectionScore> sections, List<ItemScore> items) {
    }

    /** Filters of the evaluation list; null means any. */
    public record Filter(EvaluationStatus status, String evaluatorId, String agentId, String teamId, int page,
            int size) {
    }

    private final ScorecardService scorecards;
    private final StaffService staff;
    private final CandidateService candidates;
    private final AdvisoryLocks locks;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final String defaultScorecard;
    private final Duration disputeWindow;

    public EvaluationService(ScorecardService scorecards, StaffService staff, CandidateService candidates,
            AdvisoryLocks locks, Outbox outbox, ObjectMapper json, Clock clock, QualityConfig config) {
        this.scorecards = scorecards;
        this.staff = staff;
        this.candidates = candidates;
        this.locks = locks;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.defaultScorecard = config.evaluation().defaultScorecard();
        this.disputeWindow = config.evaluation().disputeWindow();
    }

    /** A supervisor picks a call that sampling left out; it becomes a task like any other. */
    @WithTransaction
    public Uni<EvaluationView> pick(String contactId) {
        return candidates.pickManually(contactId).map(this::view);
    }

    @WithTransaction
    public Uni<EvaluationView> submit(UUID id, String caller, SubmitEvaluation request) {
        String scorecardId = request.scorecardId() != null ? request.scorecardId() : defaultScorecard;
        return locked(id).chain(e -> {
            EvaluationRules.checkSubmit(e, caller);
            return scorecards.current(scorecardId)
                    .onFailure(NotFoundProblem.class).transform(
                            f -> new InvalidFieldProblem("scorecardId", "no scorecard '" + scorecardId + "'"))
                    .chain(card -> {
                        ScoreResult result = Scoring.score(card, request.answers());
                        Instant now = now();
                        e.status = EvaluationStatus.COMPLETED;
                        e.comment = request.comment();
                        e.completedAt = now;
                        return apply(e, card, result)
                                .chain(() -> outbox.add(QualityEvents.TOPIC, QualityEvents.SOURCE,
                                        EvaluationCompleted.TYPE, e.contactId, now, completed(e, result)))
                                .map(ignored -> view(e));
                    });
        });
    }

    @WithTransaction
    public Uni<EvaluationView> acknowledge(UUID id, String caller) {
        return locked(id).chain(e -> {
            EvaluationRules.checkAcknowledge(e, caller);
            Instant now = now();
            e.status = EvaluationStatus.ACKNOWLEDGED;
            e.respondedAt = now;
            return outbox.add(QualityEvents.TOPIC, QualityEvents.SOURCE, EvaluationAcknowledged.TYPE, e.contactId,
                    now, new EvaluationAcknowledged(e.evaluationId, e.contactId, e.agentId, e.teamId, e.score,
                            e.passed, now))
                    .map(ignored -> view(e));
        });
    }

    /** The dispute goes to a second reviewer: the least-loaded active evaluator other than the first one. */
    @WithTransaction
    public Uni<EvaluationView> dispute(UUID id, String caller, DisputeRequest request) {
        return locked(id).chain(e -> {
            Instant now = now();
            EvaluationRules.checkDispute(e, caller, now, disputeWindow);
            return locks.lock(AdvisoryLocks.ASSIGNMENT)
                    .chain(() -> staff.pickEvaluator(Set.of(e.evaluatorId)))
                    .chain(reviewer -> {
                        e.status = EvaluationStatus.DISPUTED;
                        e.respondedAt = now;
                        e.disputeReason = request.reason().trim();
                        e.reviewerId = reviewer.orElse(null);
                        return outbox.add(QualityEvents.TOPIC, QualityEvents.SOURCE, EvaluationDisputed.TYPE,
                                e.contactId, now, new EvaluationDisputed(e.evaluationId, e.contactId, e.agentId,
                                        e.teamId, e.evaluatorId, e.reviewerId, e.disputeReason, e.score, now));
                    })
                    .map(ignored -> view(e));
        });
    }

    /** Decides a dispute. AMENDED re-scores with the scorecard version the evaluation was scored with. */
    @WithTransaction
    public Uni<EvaluationView> review(UUID id, String caller, ReviewRequest request) {
        boolean hasAnswers = request.answers() != null && !request.answers().isEmpty();
        return locked(id).chain(e -> {
            EvaluationRules.checkReview(e, caller, request.outcome(), hasAnswers);
            Uni<Boolean> mayReview = e.reviewerId != null ? Uni.createFrom().item(true)
                    : staff.isActiveEvaluator(caller);
            return mayReview.chain(allowed -> {
                if (!allowed) {
                    throw new ForbiddenProblem("only an active QA evaluator reviews disputes; " + caller + " is none");
                }
                double previous = e.score;
                Uni<ScoreResult> rescored = request.outcome() == ReviewOutcome.AMENDED
                        ? scorecards.exact(e.scorecardId, e.scorecardVersion)
                                .map(card -> Scoring.score(card, request.answers()))
                        : Uni.createFrom().nullItem();
                return rescored.chain(result -> {
                    if (result == null) {
                        return Uni.createFrom().voidItem();
                    }
                    e.originalScore = e.score;
                    e.originalResult = e.result;
                    return apply(e, null, result);
                }).chain(() -> {
                    Instant now = now();
                    e.status = EvaluationStatus.REVIEWED;
                    e.reviewerId = caller;
                    e.reviewOutcome = request.outcome();
                    e.reviewComment = request.comment();
                    e.reviewedAt = now;
                    return outbox.add(QualityEvents.TOPIC, QualityEvents.SOURCE, EvaluationReviewed.TYPE,
                            e.contactId, now, new EvaluationReviewed(e.evaluationId, e.contactId, e.agentId,
                                    e.teamId, e.evaluatorId, caller, e.reviewOutcome.name(), previous, e.score,
                                    e.passed, e.criticalFailed, now));
                });
            }).map(ignored -> view(e));
        });
    }

    /** Moves an open task to another active evaluator. */
    @WithTransaction
    public Uni<EvaluationView> reassign(UUID id, String evaluatorId) {
        return locked(id).chain(e -> {
            EvaluationRules.checkReassign(e);
            return staff.isActiveEvaluator(evaluatorId).map(active -> {
                if (!active) {
                    throw new InvalidFieldProblem("evaluatorId", "'" + evaluatorId + "' is no active evaluator");
                }
                e.evaluatorId = evaluatorId;
                e.assignedAt = now();
                return view(e);
            });
        });
    }

    /**
     * Hands out what waits for an evaluator: open tasks and disputes picked while nobody (else) was
     * active. Returns how many were assigned.
     */
    @WithTransaction
    public Uni<Integer> assignWaiting() {
        return locks.lock(AdvisoryLocks.ASSIGNMENT)
                .chain(() -> staff.assignment())
                .chain(assignment -> Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from Evaluation e where (e.status = :open and e.evaluatorId is null)"
                                + " or (e.status = :disputed and e.reviewerId is null) order by e.createdAt",
                        Evaluation.class)
                        .setParameter("open", EvaluationStatus.OPEN)
                        .setParameter("disputed", EvaluationStatus.DISPUTED)
                        .getResultList())
                        .map(waiting -> {
                            int assigned = 0;
                            Instant now = now();
                            for (Evaluation e : waiting) {
                                boolean task = e.status == EvaluationStatus.OPEN;
                                var chosen = assignment.next(task ? Set.of() : Set.of(e.evaluatorId));
                                if (chosen.isEmpty()) {
                                    continue;
                                }
                                if (task) {
                                    e.evaluatorId = chosen.get();
                                    e.assignedAt = now;
                                } else {
                                    e.reviewerId = chosen.get();
                                }
                                assigned++;
                            }
                            return assigned;
                        }));
    }

    /** Supervisors see every evaluation; an agent sees only their own. */
    @WithSession
    public Uni<EvaluationView> find(UUID id, Caller caller) {
        return Panache.getSession().chain(session -> session.find(Evaluation.class, id))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("evaluation", id.toString()))
                .map(e -> {
                    caller.requireActsFor(e.agentId, "evaluation " + id);
                    return view(e);
                });
    }

    @WithSession
    public Uni<EvaluationPage> list(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.evaluatorId() != null) {
            where.add("(evaluatorId = :evaluator or (status = :disputed and reviewerId = :evaluator))");
            params.put("evaluator", filter.evaluatorId());
            params.put("disputed", EvaluationStatus.DISPUTED);
        }
        if (filter.agentId() != null) {
            where.add("agentId = :agent");
            params.put("agent", filter.agentId());
        }
        if (filter.teamId() != null) {
            where.add("teamId = :team");
            params.put("team", filter.teamId());
        }
        String hql = "from Evaluation" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql + " order by callEndedAt, contactId", Evaluation.class);
            params.forEach(query::setParameter);
            return query.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size()).getResultList()
                    .chain(items -> {
                        var count = session.createSelectionQuery("select count(*) " + hql, Long.class);
                        params.forEach(count::setParameter);
                        return count.getSingleResult().map(total -> new EvaluationPage(filter.page(), filter.size(),
                                total, items.stream().map(this::view).toList()));
                    });
        });
    }

    private Uni<Evaluation> locked(UUID id) {
        return Panache.getSession()
                .chain(session -> session.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("evaluation", id.toString()));
    }

    /**
     * Copies a score onto the evaluation and replaces its item rows; {@code card} null keeps the
     * pinned scorecard version.
     */
    private Uni<Void> apply(Evaluation e, Scorecard card, ScoreResult result) {
        if (card != null) {
            e.scorecardId = card.scorecardId();
            e.scorecardVersion = card.version();
        }
        e.score = result.score();
        e.rawScore = result.rawScore();
        e.passMark = result.passMark();
        e.passed = result.passed();
        e.criticalFailed = result.criticalFailed();
        e.result = write(new StoredResult(result.sections(), result.items()));
        List<EvaluationItem> items = result.items().stream().map(i -> EvaluationItem.of(e.evaluationId, i)).toList();
        return Panache.getSession().chain(session -> session
                .createMutationQuery("delete from EvaluationItem where evaluationId = :id")
                .setParameter("id", e.evaluationId).executeUpdate()
                .chain(() -> session.persistAll(items.toArray())));
    }

    private static EvaluationCompleted completed(Evaluation e, ScoreResult r) {
        return new EvaluationCompleted(e.evaluationId, e.contactId, e.agentId, e.teamId, e.evaluatorId,
                e.selectionReason.name(), e.scorecardId, e.scorecardVersion, r.score(), r.rawScore(), r.passMark(),
                r.passed(), r.criticalFailed(),
                r.sections().stream().map(s -> new SectionRate(s.section(), s.scoreRate())).toList(), e.completedAt);
    }

    EvaluationView view(Evaluation e) {
        StoredResult result = e.result == null ? new StoredResult(null, null) : read(e.result);
        return new EvaluationView(e.evaluationId, e.contactId, e.agentId, e.teamId, e.callEndedAt,
                e.selectionReason, e.status, e.evaluatorId, e.assignedAt, e.scorecardId, e.scorecardVersion, e.score,
                e.rawScore, e.passMark, e.passed, e.criticalFailed, result.sections(), result.items(), e.comment,
                e.completedAt, e.respondedAt, e.disputeReason, e.reviewerId, e.reviewOutcome, e.reviewComment,
                e.reviewedAt, e.originalScore, e.createdAt);
    }

    private String write(StoredResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("evaluation result is not serializable", ex);
        }
    }

    private StoredResult read(String stored) {
        try {
            return json.readValue(stored, StoredResult.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored evaluation result is not readable", ex);
        }
    }

    /** Millisecond precision: the stored and the published instant are the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package io.contactcenter.quality.sampling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.quality.AdvisoryLocks;
import io.contactcenter.quality.QualityConfig;
import io.contactcenter.quality.evaluation.Evaluation;
import io.contactcenter.quality.evaluation.EvaluationTasks;
import io.contactcenter.quality.staff.StaffService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Turns ended calls into QA candidates, picks calls for evaluation (sampling policy, low surveys,
 * supervisors' requests) and answers the QA group's questions about them. A call is picked at most
 * once: the contact is locked while it is decided, from whichever side (call event or survey) comes
 * first, and a picked call gets exactly one evaluation task in the same transaction.
 */
@ApplicationScoped
public class CandidateService {

    private final CandidateRepository candidates;
    private final AdvisoryLocks locks;
    private final StaffService staff;
    private final EvaluationTasks tasks;
    private final Clock clock;
    private final SamplingPolicy policy;
    private final ZoneId zone;
    private final Period newAgentPeriod;
    private final short lowSurveyAtMost;
    private final CandidateListener listener;

    public CandidateService(CandidateRepository candidates, AdvisoryLocks locks,
            StaffService staff, EvaluationTasks tasks, Clock clock, QualityConfig config, CandidateListener listener) {
        this.candidates = candidates;
        this.listener = listener;
        this.locks = locks;
        this.staff = staff;
        this.tasks = tasks;
        this.clock = clock;
        QualityConfig.Sampling sampling = config.sampling();
        this.policy = new SamplingPolicy(sampling.weeklyQuota(), sampling.newAgentWeeklyQuota(),
                sampling.randomPercent());
        this.zone = config.timeZone();
        this.newAgentPeriod = sampling.newAgentPeriod();
        this.lowSurveyAtMost = (short) sampling.lowSurveyAtMost();
    }

    /**
     * Records the ended call once and decides whether it is picked. Returns null when nothing changed:
     * the contact is already a candidate (a re-published call.ended with a new event id; redeliveries
     * of one event id the consumer's inbox drops). Joins the consumer's inbox transaction.
     */
    @WithTransaction
    public Uni<CandidateView> record(CallEnded call) {
        return locks.lock(AdvisoryLocks.contact(call.contactId()))
                .chain(() -> candidates.findById(call.contactId()))
                .chain(existing -> existing != null ? Uni.createFrom().<CandidateView> nullItem() : decide(call));
    }

    private Uni<CandidateView> decide(CallEnded call) {
        LocalDate week = SamplingPolicy.weekOf(call.occurredAt(), zone);
        Instant weekStart = week.atStartOfDay(zone).toInstant();
        Instant weekEnd = week.plusWeeks(1).atStartOfDay(zone).toInstant();
        LocalDate callDay = LocalDate.ofInstant(call.occurredAt(), zone);
        // The agent's lock makes "routine picks so far this week" exact across partitions and instances.
        return locks.lock(AdvisoryLocks.agentQuota(call.agentId()))
                .chain(() -> staff.hireDate(call.agentId()))
                .chain(hireDate -> routinePicked(call.agentId(), weekStart, weekEnd)
                        .chain(routine -> lowSurvey(call.contactId())
                                .map(low -> policy.select(new SamplingPolicy.Facts(call.contactId(), call.intent(),
                                        call.disposition(), low,
                                        hireDate.map(d -> StaffService.isNewAgent(d, callDay, newAgentPeriod))
                                                .orElse(false),
                                        routine)))))
                .chain(selection -> {
                    QaCandidate c = candidate(call, selection);
                    Uni<?> task = selection.selected()
                            ? tasks.open(c.contactId, c.agentId, c.teamId, c.endedAt, selection.reason())
                            : Uni.createFrom().voidItem();
                    return candidates.persist(c).chain(() -> task).chain(() -> listener.recorded(c))
                            .replaceWith(CandidateView.of(c));
                });
    }

    /**
     * The ended call of this contact, or null while no call.ended was seen; locks the contact so the call
     * event and a survey about it are decided one after the other. Joins the caller's transaction.
     */
    public Uni<QaCandidate> lockedCall(String contactId) {
        return locks.lock(AdvisoryLocks.contact(contactId)).chain(() -> candidates.findById(contactId));
    }

    /**
     * A survey scored the contact low: if its call is known and was not picked, it is picked now.
     * Null when nothing changed (call not seen yet: the call event will find the survey; or picked already).
     * Joins the caller's transaction.
     */
    public Uni<CandidateView> pickForLowSurvey(String contactId) {
        return locks.lock(AdvisoryLocks.contact(contactId))
                .chain(() -> candidates.findById(contactId))
                .chain(c -> c == null || c.selected ? Uni.createFrom().<CandidateView> nullItem()
                        : pick(c, SelectionReason.LOW_SURVEY).replaceWith(() -> CandidateView.of(c)));
    }

    /** A supervisor's pick; 404 for an unknown call, 409 if it was picked already. Joins the caller's transaction. */
    public Uni<Evaluation> pickManually(String contactId) {
        return locks.lock(AdvisoryLocks.contact(contactId))
                .chain(() -> candidates.findById(contactId))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("QA candidate", contactId))
                .chain(c -> {
                    if (c.selected) {
                        throw new ConflictProblem("call " + contactId + " was already picked (" + c.selectionReason
                                + "): a call is evaluated once");
                    }
                    return pick(c, SelectionReason.MANUAL);
                });
    }

    private Uni<Evaluation> pick(QaCandidate c, SelectionReason reason) {
        c.selected = true;
        c.selectionReason = reason;
        return tasks.open(c.contactId, c.agentId, c.teamId, c.endedAt, reason);
    }

    private Uni<Long> routinePicked(String agentId, Instant from, Instant to) {
        return candidates.count("agentId = ?1 and selectionReason in ?2 and endedAt >= ?3 and endedAt < ?4", agentId,
                List.of(SelectionReason.QUOTA, SelectionReason.NEW_AGENT), from, to);
    }

    private Uni<Boolean> lowSurvey(String contactId) {
        return candidates.getSession().chain(session -> session.createSelectionQuery(
                "select count(*) from Survey s where s.contactId = :contact and s.satisfaction <= :low", Long.class)
                .setParameter("contact", contactId)
                .setParameter("low", lowSurveyAtMost)
                .getSingleResult())
                .map(n -> n > 0);
    }

    private QaCandidate candidate(CallEnded call, Selection selection) {
        QaCandidate c = new QaCandidate();
        c.contactId = call.contactId();
        c.agentId = call.agentId();
        c.teamId = call.teamId();
        c.queueId = call.queueId();
        c.intent = call.intent();
        c.disposition = call.disposition();
        c.talkSeconds = call.talkSeconds();
        c.endedAt = call.occurredAt();
        c.selected = selection.selected();
        c.selectionReason = selection.reason();
        c.recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return c;
    }

    @WithSession
    public Uni<CandidateView> find(String contactId) {
        return candidates.findById(contactId).onItem().ifNotNull().transform(CandidateView::of)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("QA candidate", contactId));
    }

    /** Filters are optional; {@code page} counts from 0. */
    @WithSession
    public Uni<CandidatePage> list(Boolean selected, String agentId, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (selected != null) {
            where.add("selected = :selected");
            params.put("selected", selected);
        }
        if (agentId != null && !agentId.isBlank()) {
            where.add("agentId = :agentId");
            params.put("agentId", agentId);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        // One session runs one query at a time: the page first, then the count.
        return candidates.find(query, Sort.descending("endedAt").and("contactId"), params)
                .page(Page.of(page, size)).list()
                .chain(items -> candidates.count(query, params)
                        .map(total -> new CandidatePage(page, size, total,
                                items.stream().map(CandidateView::of).toList())));
    }

    @WithSession
    public Uni<CandidateSummary> summary() {
        return candidates.getSession().chain(session -> session.createSelectionQuery(
                "select c.selected, c.selectionReason, count(*) from QaCandidate c"
                        + " group by c.selected, c.selectionReason", Object[].class)
                .getResultList())
                .map(CandidateService::summarize);
    }

    private static CandidateSummary summarize(List<Object[]> rows) {
        Map<SelectionReason, Long> byReason = new EnumMap<>(SelectionReason.class);
        for (SelectionReason reason : SelectionReason.values()) {
            byReason.put(reason, 0L);
        }
        long all = 0;
        long selected = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            all += count;
            if ((Boolean) row[0]) {
                selected += count;
                byReason.merge((SelectionReason) row[1], count, Long::sum);
            }
        }
        return new CandidateSummary(all, selected, byReason);
    }
}

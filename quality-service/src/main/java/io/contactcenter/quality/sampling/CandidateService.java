package io.contactcenter.quality.sampling;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.inbox.ProcessedEvents;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Turns ended contacts into QA candidates and answers the QA group's questions about them. */
@ApplicationScoped
public class CandidateService {

    /** Name under which this consumer's processed event ids are remembered. */
    static final String CONSUMER = "quality-service.sampling";

    private final CandidateRepository candidates;
    private final ProcessedEvents processed;
    private final SamplingRule rule;

    public CandidateService(CandidateRepository candidates, ProcessedEvents processed, SamplingConfig config) {
        this.candidates = candidates;
        this.processed = processed;
        this.rule = new SamplingRule(config.randomPercent());
    }

    /**
     * Records the ended contact once. Returns null when nothing changed: the event was already
     * processed, or the contact is already a candidate (a re-published call.ended with a new id).
     */
    @WithTransaction
    public Uni<CandidateView> record(String eventId, CallEnded call) {
        return processed.firstTime(CONSUMER, eventId).chain(first -> !first ? Uni.createFrom().nullItem()
                // No race on the primary key: records are keyed by contact id, so one consumer sees them in order.
                : candidates.findById(call.contactId()).chain(existing -> existing != null
                        ? Uni.createFrom().<CandidateView> nullItem()
                        : candidates.persist(candidate(call)).map(CandidateView::of)));
    }

    private QaCandidate candidate(CallEnded call) {
        Selection selection = rule.select(call.contactId(), call.intent(), call.disposition());
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
        c.recordedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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

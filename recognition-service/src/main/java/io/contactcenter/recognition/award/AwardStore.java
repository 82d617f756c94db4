package io.contactcenter.recognition.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.outbox.Outbox;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.recognition.period.Period;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Award history in PostgreSQL; a close, its awards and their events are one transaction. */
@ApplicationScoped
public class AwardStore {

    static final String SOURCE = "/recognition-service";

    /** The stored close and whether this call made it (false: the period was already closed). */
    public record Closed(PeriodAwards awards, boolean newlyClosed) {
    }

    private final PeriodCloseRepository closes;
    private final AwardRepository awards;
    private final Outbox outbox;

    public AwardStore(PeriodCloseRepository closes, AwardRepository awards, Outbox outbox) {
        this.closes = closes;
        this.awards = awards;
        this.outbox = outbox;
    }

    /**
     * Closes the period with these grants unless it is closed already; then it grants nothing and
     * returns what the first close granted. Each new award is announced through the outbox.
     */
    @WithTransaction
    public Uni<Closed> close(PeriodClose close, List<AwardRules.Grant> grants) {
        return closes.insertIfAbsent(close).chain(inserted -> {
            if (!inserted) {
                return load(close.period).map(stored -> new Closed(stored, false));
            }
            List<Award> granted = new ArrayList<>(grants.size());
            for (AwardRules.Grant g : grants) {
                granted.add(award(close.period, g, close.closedAt));
            }
            // A period without praise grants nothing (and Panache refuses to persist an empty list).
            Uni<Void> persisted = granted.isEmpty() ? Uni.createFrom().voidItem() : awards.persist(granted);
            return persisted
                    .chain(() -> Multi.createFrom().iterable(granted)
                            .onItem().transformToUniAndConcatenate(a -> outbox.add(AwardGranted.TOPIC, SOURCE,
                                    AwardGranted.TYPE, a.recipient, a.grantedAt,
                                    AwardGranted.of(a, close.kind.name())))
                            .collect().last())
                    .chain(() -> awards.flush())
                    .chain(() -> load(close.period))
                    .map(stored -> new Closed(stored, true));
        });
    }

    @WithSession
    public Uni<PeriodAwards> find(Period period) {
        return load(period.id());
    }

    /** Whether the period is closed (null: no), for the scheduler. */
    @WithSession
    public Uni<PeriodClose> findClose(Period period) {
        return closes.findById(period.id());
    }

    /** Every closed period, so their closed marks can be put back in Redis if Redis lost them. */
    @WithSession
    public Uni<List<PeriodClose>> allCloses() {
        return closes.listAll();
    }

    @WithSession
    public Uni<List<AwardView>> ofAgent(String agentId) {
        return awards.ofAgent(agentId).map(list -> list.stream().map(AwardView::of).toList());
    }

    private Uni<PeriodAwards> load(String period) {
        return closes.findById(period)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("closed period", period))
                .chain(c -> awards.ofPeriod(period).map(list -> PeriodAwards.of(c, list)));
    }

    private static Award award(String period, AwardRules.Grant g, Instant at) {
        Award a = new Award();
        a.awardId = UUID.randomUUID();
        a.period = period;
        a.type = g.type();
        a.recipient = g.recipient();
        a.agentId = g.agentId();
        a.teamId = g.teamId();
        a.place = g.place();
        a.points = g.points();
        a.agents = g.agents();
        a.praisePerAgent = g.praisePerAgent();
        a.grantedAt = at;
        return a;
    }
}

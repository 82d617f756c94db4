package io.contactcenter.ticket.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.ticket.TicketConfig;
import io.contactcenter.ticket.ticket.Change;
import io.contactcenter.ticket.ticket.TicketMetrics;
import io.contactcenter.ticket.ticket.TicketService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Finds tickets near or past their due time and has each one warn or escalate (the rules are
 * {@link io.contactcenter.ticket.ticket.Ticket#checkSla}). Every ticket is its own transaction with
 * its events in the outbox; an instance that loses the race for a ticket (version conflict) skips
 * it. Time comes from the injected {@link Clock}, so tests drive a run at any instant.
 */
@ApplicationScoped
public class EscalationScheduler {

    private static final Logger LOG = Logger.getLogger(EscalationScheduler.class);

    /** What one run did. */
    public record Run(Instant at, int checked, int warnings, int escalations, long overdue) {
    }

    private final TicketService tickets;
    private final TicketMetrics metrics;
    private final TicketConfig config;
    private final Clock clock;

    public EscalationScheduler(TicketService tickets, TicketMetrics metrics, TicketConfig config, Clock clock) {
        this.tickets = tickets;
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${ticket.escalation.interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(e -> LOG.warnf(e, "escalation run failed (the next run retries)"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass at the clock's now. */
    public Uni<Run> run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return tickets.dueForCheck(now, config.escalation().batchSize())
                .chain(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUniAndConcatenate(id -> tickets.checkSla(id, now)
                                .invoke(changed -> metrics.record(changed.changes()))
                                .map(TicketService.Changed::changes)
                                // Another instance changed it meanwhile: its run did the work.
                                .onFailure(ConflictProblem.class).recoverWithItem(List.of()))
                        .collect().asList()
                        .map(lists -> lists.stream().flatMap(List::stream).toList())
                        .chain(changes -> tickets.countOverdue(now).invoke(metrics::overdue)
                                .map(overdue -> summarize(now, ids.size(), changes, overdue))));
    }

    private static Run summarize(Instant now, int checked, List<Change> changes, long overdue) {
        int warnings = (int) changes.stream().filter(c -> "SLA_WARNING".equals(c.action())).count();
        int escalations = (int) changes.stream().filter(c -> "ESCALATED".equals(c.action())).count();
        if (warnings + escalations > 0) {
            LOG.infof("escalation run at %s: %d ticket(s), %d warning(s), %d escalation(s), %d overdue", now, checked,
                    warnings, escalations, overdue);
        }
        return new Run(now, checked, warnings, escalations, overdue);
    }
}

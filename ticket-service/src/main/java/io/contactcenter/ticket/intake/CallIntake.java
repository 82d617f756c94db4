package io.contactcenter.ticket.intake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.inbox.ProcessedEvents;
import io.contactcenter.ticket.ticket.Change;
import io.contactcenter.ticket.ticket.Registration;
import io.contactcenter.ticket.ticket.TicketService;
import io.contactcenter.ticket.ticket.TicketView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Opens the ticket for a call (ended, or a callback request) exactly once, however often its events arrive. */
@ApplicationScoped
public class CallIntake {

    /** The consumer name under which processed event ids are remembered. */
    static final String CONSUMER = "ticket-service";

    public enum Outcome {
        CREATED, REDELIVERED, ALREADY_OPEN
    }

    /** {@code ticket} is null and {@code changes} empty unless the outcome is CREATED. */
    public record Result(Outcome outcome, TicketView ticket, List<Change> changes) {
    }

    private final ProcessedEvents processed;
    private final TicketService tickets;

    public CallIntake(ProcessedEvents processed, TicketService tickets) {
        this.processed = processed;
        this.tickets = tickets;
    }

    /**
     * One transaction: remember the event id, then register unless the call already has a ticket
     * (another event for the same call). A rollback forgets the event id too, so a retry starts clean.
     */
    @WithTransaction
    public Uni<Result> open(String eventId, Registration ticket) {
        return processed.firstTime(CONSUMER, eventId).chain(first -> {
            if (!first) {
                return Uni.createFrom().item(new Result(Outcome.REDELIVERED, null, List.of()));
            }
            return tickets.existsForContact(ticket.sourceContactId()).chain(exists -> exists
                    ? Uni.createFrom().item(new Result(Outcome.ALREADY_OPEN, null, List.of()))
                    : tickets.register(ticket)
                            .map(created -> new Result(Outcome.CREATED, created.ticket(), created.changes())));
        });
    }
}

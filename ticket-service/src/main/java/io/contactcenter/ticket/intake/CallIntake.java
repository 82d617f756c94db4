package io.contactcenter.ticket.intake;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.ticket.ticket.Change;
import io.contactcenter.ticket.ticket.Registration;
import io.contactcenter.ticket.ticket.TicketService;
import io.contactcenter.ticket.ticket.TicketView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Opens the ticket for a call (ended, or a callback request) once, however many of its events arrive. */
@ApplicationScoped
public class CallIntake {

    public enum Outcome {
        CREATED, ALREADY_OPEN
    }

    /** {@code ticket} is null and {@code changes} empty unless the outcome is CREATED. */
    public record Result(Outcome outcome, TicketView ticket, List<Change> changes) {
    }

    private final TicketService tickets;

    public CallIntake(TicketService tickets) {
        this.tickets = tickets;
    }

    /**
     * Registers unless the call already has a ticket (another event for the same call). Joins the
     * consumer's inbox transaction; two events of one call racing past the check fail on the unique
     * contact at commit, and the retry then finds the ticket.
     */
    @WithTransaction
    public Uni<Result> open(Registration ticket) {
        return tickets.existsForContact(ticket.sourceContactId()).chain(exists -> exists
                ? Uni.createFrom().item(new Result(Outcome.ALREADY_OPEN, null, List.of()))
                : tickets.register(ticket)
                        .map(created -> new Result(Outcome.CREATED, created.ticket(), created.changes())));
    }
}

package io.contactcenter.ticket.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.outbox.Outbox;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.ticket.sla.SlaPolicy;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Registering and reading tickets. Entities stay in here; callers get views. */
@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final Outbox outbox;
    private final SlaPolicy sla;
    private final Clock clock;

    public TicketService(TicketRepository tickets, Outbox outbox, SlaPolicy sla, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.sla = sla;
        this.clock = clock;
    }

    /** A ticket registered by a person (email, web, letter ...): the commitment runs from now. */
    @WithTransaction
    public Uni<TicketView> create(NewTicket request, String recordedBy) {
        return register(new Registration(request.type(), request.channel(),
                request.severity() == null ? Severity.MEDIUM : request.severity(), request.subject().trim(),
                request.description(), request.category(), request.customerId(), request.customerName(),
                request.customerPhone(), request.customerEmail(), null, recordedBy, request.owningTeam(), now()));
    }

    /**
     * Stores the ticket, its first history line and its ticket.created event in one transaction: the
     * event is published if and only if the ticket exists. Joins the caller's transaction if there is one.
     */
    @WithTransaction
    public Uni<TicketView> register(Registration r) {
        Instant now = now();
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.type = r.type();
        t.channel = r.channel();
        t.severity = r.severity();
        t.status = TicketStatus.NEW;
        t.subject = r.subject();
        t.description = r.description();
        t.category = r.category();
        t.customerId = r.customerId();
        t.customerName = r.customerName();
        t.customerPhone = r.customerPhone();
        t.customerEmail = r.customerEmail();
        t.sourceContactId = r.sourceContactId();
        t.recordedBy = r.recordedBy();
        t.owningTeam = r.owningTeam();
        t.dueAt = sla.dueAt(r.type(), r.raisedAt()).truncatedTo(ChronoUnit.MILLIS);
        t.createdAt = now;
        t.updatedAt = now;
        // Flush now: the history row's identity insert runs at once and references the ticket.
        return tickets.persistAndFlush(t)
                .chain(() -> tickets.append(TicketHistory.of(t, now, r.recordedBy(),
                        "registered " + t.type + " via " + t.channel + ", severity " + t.severity + ", due " + t.dueAt)))
                .chain(() -> outbox.add(TicketCreated.TOPIC, TicketCreated.SOURCE, TicketCreated.TYPE,
                        t.id.toString(), now, TicketCreated.of(t)))
                .map(eventId -> TicketView.of(t));
    }

    @WithSession
    public Uni<Boolean> existsForContact(String sourceContactId) {
        return tickets.existsForContact(sourceContactId);
    }

    @WithSession
    public Uni<TicketView> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new InvalidFieldProblem("id", "'" + id + "' is not a ticket id (UUID)"));
        }
        return tickets.findById(uuid).onItem().ifNotNull().transform(TicketView::of)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("ticket", id));
    }

    @WithSession
    public Uni<TicketPage> list(TicketFilter filter) {
        var query = tickets.search(filter);
        // One session runs one statement at a time: count, then the page.
        return query.count().chain(total -> query.list()
                .map(page -> new TicketPage(page.stream().map(TicketView::of).toList(), filter.page(),
                        filter.size(), total)));
    }

    @WithSession
    public Uni<TicketSummary> summary() {
        return tickets.count().chain(total -> tickets.countBy("type").chain(types -> tickets.countBy("status")
                .chain(statuses -> tickets.count("sourceContactId is not null")
                        .map(fromCalls -> new TicketSummary(total, counts(TicketType.class, types),
                                counts(TicketStatus.class, statuses), fromCalls)))));
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, List<Object[]> rows) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        for (Object[] row : rows) {
            counts.put(type.cast(row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Millisecond precision: what the database keeps and the catalog's time format shows is the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

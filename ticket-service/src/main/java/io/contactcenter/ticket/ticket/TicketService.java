package io.contactcenter.ticket.ticket;

import io.contactcenter.ticket.TicketRules;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import io.contactcenter.platform.outbox.Outbox;
import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.ticket.TicketConfig;
import io.contactcenter.ticket.assignment.AssignmentRules;
import io.contactcenter.ticket.assignment.TeamDirectory;
import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.Severity;
import io.contactcenter.ticket.model.TicketChannel;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.event.TicketEvents;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Registering, changing and reading tickets. Every change runs in one transaction: the ticket row
 * (version-checked), its history lines and its outbox events commit together or not at all.
 * The rules are the entity's ({@link Ticket}); this class loads, stores and records.
 */
@ApplicationScoped
public class TicketService {

    /** The actor of changes nobody asked for: dispatch on registration, escalations. */
    public static final String SYSTEM = "ticket-service";
    /** Name of the unique constraint that backs "one ticket per call" (V1__ticket.sql). */
    static final String ONE_PER_CONTACT = "ticket_one_per_contact";

    /** A change's outcome: the ticket as it is now, and what changed (for metrics, after commit). */
    public record Changed(TicketView ticket, List<Change> changes) {
    }

    private final TicketRepository tickets;
    private final Outbox outbox;
    private final TicketRules rules;
    private final AssignmentRules dispatch;
    private final TeamDirectory teams;
    private final TicketConfig config;
    private final Clock clock;

    public TicketService(TicketRepository tickets, Outbox outbox, TicketRules rules, AssignmentRules dispatch,
            TeamDirectory teams, TicketConfig config, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.rules = rules;
        this.dispatch = dispatch;
        this.teams = teams;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A ticket registered by a person. The commitments run from {@code receivedAt} (default now); one
     * registered on the phone already had its first response. With a resolution it is resolved at once,
     * on the contact it came from (a first-contact resolution when that contact is named).
     */
    @WithTransaction
    public Uni<Changed> create(NewTicket request, String recordedBy) {
        Instant now = now();
        Instant raised = request.receivedAt() == null ? now : request.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        if (raised.isAfter(now)) {
            return Uni.createFrom().failure(new InvalidFieldProblem("receivedAt", "receivedAt is in the future"));
        }
        if (request.resolution() != null && request.resolution().isBlank()) {
            return Uni.createFrom().failure(new InvalidFieldProblem("resolution", "resolution is blank"));
        }
        String contact = blankToNull(request.sourceContactId());
        Registration r = Registration.of(request.type(), request.channel(), request.subject().trim())
                .severity(request.severity() == null ? Severity.MEDIUM : request.severity())
                .description(request.description()).category(blankToNull(request.category()))
                .customerId(blankToNull(request.customerId())).customerName(request.customerName())
                .customerPhone(request.customerPhone()).customerEmail(request.customerEmail())
                .customerCompany(request.customerCompany()).sourceContactId(contact).recordedBy(recordedBy)
                .owningTeam(blankToNull(request.owningTeam())).raisedAt(raised)
                // Registered on the phone: the customer already spoke to a person.
                .firstRespondedAt(request.channel() == TicketChannel.PHONE ? raised : null).build();
        Uni<Void> unique = contact == null ? Uni.createFrom().voidItem()
                : tickets.findBySourceContact(contact).invoke(existing -> {
                    if (existing != null) {
                        throw new ConflictProblem("contact " + contact + " already has ticket " + existing.id);
                    }
                }).replaceWithVoid();
        return unique.chain(() -> register(r))
                // Two registrations for one contact racing past the check: the constraint kept it to one.
                .onFailure(TicketService::isSecondTicketForContact)
                .transform(e -> new ConflictProblem("contact " + contact + " already has a ticket"))
                .chain(created -> request.resolution() == null
                ? Uni.createFrom().item(created)
                : tickets.findById(created.ticket().id()).chain(t -> apply(t, recordedBy, now,
                        t.changeStatus(TicketStatus.RESOLVED, "resolved on registration", request.resolution(),
                                contact, recordedBy, now, rules)))
                        .map(resolved -> merge(created, resolved)));
    }

    /**
     * Stores the ticket with its team (named, or by the dispatch rules), its first history line and
     * its ticket.created event, then gives it to the team's least-loaded member. Joins the caller's
     * transaction if there is one.
     */
    @WithTransaction
    public Uni<Changed> register(Registration r) {
        Instant now = now();
        String team = r.owningTeam() != null ? r.owningTeam()
                : dispatch.teamFor(r.type(), r.category(), r.severity(), r.recorderTeam());
        Ticket t = Ticket.register(UUID.randomUUID(), r, team, now, rules);
        List<Change> changes = new ArrayList<>();
        // Flush now: the history row's identity insert runs at once and references the ticket.
        return tickets.persistAndFlush(t)
                .chain(() -> record(t, r.recordedBy(), now, List.of(t.created()), changes))
                .chain(() -> config.assignment().onCreate() ? dispatchToMember(t, now, changes)
                        : Uni.createFrom().voidItem())
                .map(done -> new Changed(TicketView.of(t, now), changes));
    }

    /** Neither team nor assignee: the least-loaded member of the owning team (or of the rules' team). */
    @WithTransaction
    public Uni<Changed> assign(String id, TicketRequests.Assignment request, String actor) {
        Instant now = now();
        String wantedTeam = blankToNull(request.team());
        String wantedAgent = blankToNull(request.assignee());
        return load(id, request.version()).chain(t -> {
            String team = wantedTeam != null ? wantedTeam
                    : t.owningTeam != null ? t.owningTeam : dispatch.teamFor(t.type, t.category, t.severity, null);
            AssignMode mode = wantedTeam == null && wantedAgent == null ? AssignMode.AUTO : AssignMode.MANUAL;
            return teams.roster(team, true).chain(roster -> {
                String agent = wantedAgent;
                if (agent == null) {
                    agent = AssignmentRules.leastLoaded(roster.loads()).orElse(null);
                } else if (roster.registered() && !roster.loads().containsKey(agent)) {
                    throw new InvalidFieldProblem("assignee", agent + " is not a member of team " + team);
                }
                return apply(t, actor, now, t.assign(team, agent, mode, actor, now));
            });
        });
    }

    @WithTransaction
    public Uni<Changed> changeStatus(String id, TicketRequests.StatusChange request, String actor) {
        Instant now = now();
        return load(id, request.version()).chain(t -> apply(t, actor, now, t.changeStatus(request.status(),
                request.reason(), request.resolution(), blankToNull(request.contactId()), actor, now, rules)));
    }

    @WithTransaction
    public Uni<Changed> confirm(String id, TicketRequests.Confirmation request, String actor) {
        Instant now = now();
        return load(id, request.version()).chain(t -> apply(t, actor, now,
                t.confirm(request.satisfied(), request.via(), request.comment(), actor, now, rules)));
    }

    @WithTransaction
    public Uni<Changed> reclassify(String id, TicketRequests.Reclassification request, String actor) {
        Instant now = now();
        return load(id, request.version()).chain(t -> apply(t, actor, now,
                t.reclassify(request.type(), request.severity(), request.category(), actor, now, rules)));
    }

    /** Keeps the exchange; the first outbound one is the ticket's first response. */
    @WithTransaction
    public Uni<Changed> addCustomerContact(String id, TicketRequests.Contact request, String actor) {
        Instant now = now();
        return load(id, null).chain(t -> {
            CustomerContact contact = new CustomerContact();
            contact.ticketId = t.id;
            contact.at = now;
            contact.recordedBy = actor;
            contact.direction = request.direction();
            contact.channel = request.channel();
            contact.summary = request.summary().trim();
            contact.contactId = blankToNull(request.contactId());
            return apply(t, actor, now, t.customerContact(contact.direction, contact.channel, contact.contactId,
                    actor, now, rules)).call(() -> tickets.append(contact));
        });
    }

    @WithTransaction
    public Uni<TicketTrail.NoteLine> addNote(String id, TicketRequests.Note request, String author) {
        Instant now = now();
        return load(id, null).chain(t -> {
            TicketNote note = new TicketNote();
            note.ticketId = t.id;
            note.at = now;
            note.author = author;
            note.text = request.text().trim();
            return tickets.append(note).map(done -> TicketTrail.NoteLine.of(note));
        });
    }

    /**
     * The escalation scheduler's work on one ticket at {@code now}: warnings and escalation levels.
     * Nothing if another run (or instance) already did it.
     */
    @WithTransaction
    public Uni<Changed> checkSla(UUID id, Instant now) {
        return tickets.findById(id).chain(t -> {
            if (t == null || t.nextSlaCheckAt == null || t.nextSlaCheckAt.isAfter(now)) {
                return Uni.createFrom().item(new Changed(null, List.of()));
            }
            return teams.supervisorOf(t.owningTeam)
                    .chain(supervisor -> apply(t, SYSTEM, now, t.checkSla(now, rules, supervisor)));
        });
    }

    @WithSession
    public Uni<List<UUID>> dueForCheck(Instant now, int limit) {
        return tickets.dueForCheck(now, limit);
    }

    @WithSession
    public Uni<Long> countOverdue(Instant now) {
        return tickets.countOverdue(now);
    }

    @WithSession
    public Uni<Boolean> existsForContact(String sourceContactId) {
        return tickets.existsForContact(sourceContactId);
    }

    @WithSession
    public Uni<TicketView> find(String id) {
        Instant now = now();
        return load(id, null).map(t -> TicketView.of(t, now));
    }

    /** The ticket's whole trail: history (oldest first), notes and customer contacts. */
    @WithSession
    public Uni<TicketTrail> trail(String id) {
        return load(id, null).chain(t -> tickets.history(t.id).chain(history -> tickets.notes(t.id)
                .chain(notes -> tickets.customerContacts(t.id).map(contacts -> new TicketTrail(t.id,
                        history.stream().map(TicketTrail.Line::of).toList(),
                        notes.stream().map(TicketTrail.NoteLine::of).toList(),
                        contacts.stream().map(TicketTrail.ContactLine::of).toList())))));
    }

    @WithSession
    public Uni<TicketPage> list(TicketFilter filter) {
        Instant now = now();
        var query = tickets.search(filter, now);
        // One session runs one statement at a time: count, then the page.
        return query.count().chain(total -> query.list()
                .map(page -> new TicketPage(page.stream().map(t -> TicketView.of(t, now)).toList(), filter.page(),
                        filter.size(), total)));
    }

    @WithSession
    public Uni<TicketSummary> summary() {
        return tickets.count().chain(total -> tickets.countBy("type").chain(types -> tickets.countBy("status")
                .chain(statuses -> tickets.count("sourceContactId is not null")
                        .map(fromCalls -> new TicketSummary(total, counts(TicketType.class, types),
                                counts(TicketStatus.class, statuses), fromCalls)))));
    }

    /** Flushes the ticket (the version-checked UPDATE), then records each change. No change: nothing written. */
    private Uni<Changed> apply(Ticket t, String actor, Instant now, Change change) {
        return apply(t, actor, now, change == null ? List.of() : List.of(change));
    }

    private Uni<Changed> apply(Ticket t, String actor, Instant now, List<Change> changes) {
        List<Change> recorded = new ArrayList<>();
        return tickets.flush()
                .onFailure(TicketService::isStale).transform(e -> new ConflictProblem("ticket " + t.id
                        + " was changed by someone else at the same time; reload it and retry"))
                .chain(() -> record(t, actor, now, changes, recorded))
                .map(done -> new Changed(TicketView.of(t, now), recorded));
    }

    private Uni<Void> dispatchToMember(Ticket t, Instant now, List<Change> changes) {
        return teams.roster(t.owningTeam, true).chain(roster -> {
            String agent = AssignmentRules.leastLoaded(roster.loads()).orElse(null);
            if (agent == null) {
                return Uni.createFrom().voidItem();
            }
            Change assigned = t.assign(t.owningTeam, agent, AssignMode.AUTO, SYSTEM, now);
            return tickets.flush().chain(() -> record(t, SYSTEM, now, List.of(assigned), changes));
        });
    }

    /** History line and outbox event of each change, in order, in the caller's transaction. */
    private Uni<Void> record(Ticket t, String actor, Instant now, List<Change> changes, List<Change> recorded) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Change change : changes) {
            chain = chain.chain(() -> tickets.append(TicketHistory.of(t, now, actor, change)))
                    .chain(() -> change.eventType() == null ? Uni.createFrom().voidItem()
                            : outbox.add(TicketEvents.TOPIC, TicketEvents.SOURCE, change.eventType(), t.id.toString(),
                                    now, change.event()).replaceWithVoid())
                    .invoke(() -> recorded.add(change));
        }
        return chain;
    }

    /** The ticket, or 404; with {@code expectedVersion}, 409 unless that is the version stored now. */
    private Uni<Ticket> load(String id, Long expectedVersion) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new InvalidFieldProblem("id", "'" + id + "' is not a ticket id (UUID)"));
        }
        return tickets.findById(uuid).map(t -> {
            if (t == null) {
                throw new NotFoundProblem("ticket", id);
            }
            if (expectedVersion != null && !expectedVersion.equals(t.version)) {
                throw new ConflictProblem("ticket " + id + " is at version " + t.version + ", not " + expectedVersion
                        + ": it changed since you read it; reload it and retry");
            }
            return t;
        });
    }

    /** The unique constraint behind "one ticket per contact" (V1__ticket.sql) refused an insert. */
    public static boolean isSecondTicketForContact(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(ONE_PER_CONTACT)) {
                return true;
            }
        }
        return false;
    }

    static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static Changed merge(Changed first, Changed second) {
        List<Change> all = new ArrayList<>(first.changes());
        all.addAll(second.changes());
        return new Changed(second.ticket(), all);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Millisecond precision: what the database keeps and the catalog's time format shows is the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

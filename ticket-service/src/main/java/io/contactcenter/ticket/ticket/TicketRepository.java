package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import io.contactcenter.ticket.model.TicketStatus;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    static final List<TicketStatus> DONE = List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);
    /** Open, clock running, past due. */
    static final String OVERDUE = "(status not in :done and slaPausedAt is null and dueAt < :now)";

    public Uni<Boolean> existsForContact(String sourceContactId) {
        return count("sourceContactId", sourceContactId).map(n -> n > 0);
    }

    public Uni<Ticket> findBySourceContact(String sourceContactId) {
        return find("sourceContactId", sourceContactId).firstResult();
    }

    /**
     * Newest first, or soonest deadline first with {@code dueWithin}; the id breaks ties so pages never overlap.
     * {@code now} decides what is overdue and due.
     */
    public PanacheQuery<Ticket> search(TicketFilter filter, Instant now) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.sourceContactId() != null) {
            where.add("sourceContactId = :sourceContactId");
            params.put("sourceContactId", filter.sourceContactId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.put("type", filter.type());
        }
        if (filter.category() != null) {
            where.add("lower(category) = lower(:category)");
            params.put("category", filter.category());
        }
        if (filter.team() != null) {
            where.add("owningTeam = :team");
            params.put("team", filter.team());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.overdue() != null) {
            where.add(filter.overdue() ? OVERDUE : "not " + OVERDUE);
            params.put("done", DONE);
            params.put("now", now);
        }
        if (filter.dueWithin() != null) {
            where.add("(status not in :done and slaPausedAt is null and dueAt < :dueBefore)");
            params.put("done", DONE);
            params.put("dueBefore", now.plus(filter.dueWithin()));
        }
        if (filter.customer() != null) {
            where.add("(customerId = :customer or customerPhone = :customer or lower(customerEmail) = lower(:customer)"
                    + " or locate(lower(:customer), lower(customerName)) > 0)");
            params.put("customer", filter.customer());
        }
        if (filter.createdFrom() != null) {
            where.add("createdAt >= :createdFrom");
            params.put("createdFrom", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            where.add("createdAt < :createdTo");
            params.put("createdTo", filter.createdTo());
        }
        String query = where.isEmpty() ? "from Ticket" : "from Ticket where " + String.join(" and ", where);
        Sort order = filter.dueWithin() != null ? Sort.ascending("dueAt").and("id") : Sort.descending("createdAt").and("id");
        return find(query, order, params).page(filter.page(), filter.size());
    }

    /** Ids of tickets the escalation scheduler has something to do for at {@code now}, most urgent first. */
    public Uni<List<UUID>> dueForCheck(Instant now, int limit) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select id from Ticket where nextSlaCheckAt <= :now order by nextSlaCheckAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList());
    }

    public Uni<Long> countOverdue(Instant now) {
        return count(OVERDUE, Map.of("done", DONE, "now", now));
    }

    /** Overdue tickets of one team; {@code team} null: of the whole center. */
    public Uni<Long> countOverdue(Instant now, String team) {
        return team == null ? countOverdue(now)
                : count(OVERDUE + " and owningTeam = :team", Map.of("done", DONE, "now", now, "team", team));
    }

    /** Rows of (value, count) for a grouping column: {@code type} or {@code status}. */
    public Uni<List<Object[]>> countBy(String column) {
        return getSession().chain(session -> session
                .createSelectionQuery("select t." + column + ", count(t) from Ticket t group by t." + column,
                        Object[].class)
                .getResultList());
    }

    public Uni<Void> append(Object entry) {
        return getSession().chain(session -> session.persist(entry));
    }

    public Uni<List<TicketHistory>> history(UUID ticketId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from TicketHistory where ticketId = :id order by at, id", TicketHistory.class)
                .setParameter("id", ticketId).getResultList());
    }

    public Uni<List<TicketNote>> notes(UUID ticketId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from TicketNote where ticketId = :id order by at, id", TicketNote.class)
                .setParameter("id", ticketId).getResultList());
    }

    public Uni<List<CustomerContact>> customerContacts(UUID ticketId) {
        return getSession().chain(session -> session.createSelectionQuery(
                "from CustomerContact where ticketId = :id order by at, id", CustomerContact.class)
                .setParameter("id", ticketId).getResultList());
    }
}

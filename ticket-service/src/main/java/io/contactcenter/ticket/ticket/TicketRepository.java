package io.contactcenter.ticket.ticket;

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

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    public Uni<Boolean> existsForContact(String sourceContactId) {
        return count("sourceContactId", sourceContactId).map(n -> n > 0);
    }

    /** Newest first; the id breaks ties so pages never overlap. */
    public PanacheQuery<Ticket> search(TicketFilter filter) {
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
        String query = where.isEmpty() ? "from Ticket" : "from Ticket where " + String.join(" and ", where);
        return find(query, Sort.descending("createdAt").and("id"), params).page(filter.page(), filter.size());
    }

    /** Rows of (value, count) for a grouping column: {@code type} or {@code status}. */
    public Uni<List<Object[]>> countBy(String column) {
        return getSession().chain(session -> session
                .createSelectionQuery("select t." + column + ", count(t) from Ticket t group by t." + column,
                        Object[].class)
                .getResultList());
    }

    public Uni<Void> append(TicketHistory entry) {
        return getSession().chain(session -> session.persist(entry));
    }
}

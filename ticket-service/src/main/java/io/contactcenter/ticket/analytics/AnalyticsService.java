package io.contactcenter.ticket.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;
import io.contactcenter.ticket.ticket.TicketRepository;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Period figures computed by PostgreSQL (percentiles included); a handful of indexed queries. */
@ApplicationScoped
public class AnalyticsService {

    static final String NO_CATEGORY = "(none)";

    private final TicketRepository tickets;
    private final Clock clock;

    public AnalyticsService(TicketRepository tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /** {@code team} null: the whole center; else only tickets the team owns. */
    @WithSession
    public Uni<TicketAnalytics> period(Instant from, Instant to, String team) {
        if (from == null) {
            return Uni.createFrom().failure(new InvalidFieldProblem("from", "from is required (ISO-8601 instant)"));
        }
        if (to == null) {
            return Uni.createFrom().failure(new InvalidFieldProblem("to", "to is required (ISO-8601 instant)"));
        }
        if (!from.isBefore(to)) {
            return Uni.createFrom().failure(new InvalidFieldProblem("to", "to must be after from"));
        }
        Instant now = clock.instant();
        Period p = new Period(from, to, team);
        return grouped("type", p).chain(types -> grouped("coalesce(category, '" + NO_CATEGORY + "')", p)
                .chain(categories -> grouped("status", p)
                        .chain(statuses -> tickets.countOverdue(now, team)
                                .chain(overdue -> resolvedFigures(p)
                                        .chain(resolved -> firstResponse(p, now)
                                                .map(firstResponse -> {
                                                    Map<TicketType, Long> byType = new EnumMap<>(TicketType.class);
                                                    for (TicketType t : TicketType.values()) {
                                                        byType.put(t, types.getOrDefault(t.name(), 0L));
                                                    }
                                                    Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
                                                    for (TicketStatus s : TicketStatus.values()) {
                                                        byStatus.put(s, statuses.getOrDefault(s.name(), 0L));
                                                    }
                                                    long created = types.values().stream().mapToLong(Long::longValue)
                                                            .sum();
                                                    long n = ((Number) resolved[0]).longValue();
                                                    return new TicketAnalytics(from, to, team, created, byType, categories,
                                                            byStatus, overdue, n, number(resolved[1]),
                                                            number(resolved[2]), rate(resolved[3], n),
                                                            firstResponse, rate(resolved[4], n));
                                                }))))));
    }

    /**
     * The period (parameters ?1 and ?2), and the team when the figures are one team's: the team's
     * parameter comes last, so queries with a parameter of their own number it {@link #TEAM} + 1.
     */
    private record Period(Instant from, Instant to, String team) {

        static final int TEAM = 3;

        String and(int teamIndex) {
            return team == null ? "" : " AND owning_team = ?" + teamIndex;
        }

        <Q extends Mutiny.AbstractQuery> Q bind(Q query, int teamIndex) {
            query.setParameter(1, from.atOffset(ZoneOffset.UTC));
            query.setParameter(2, to.atOffset(ZoneOffset.UTC));
            if (team != null) {
                query.setParameter(teamIndex, team);
            }
            return query;
        }
    }

    /** Tickets created in the period grouped by an expression over the ticket table. */
    private Uni<Map<String, Long>> grouped(String expression, Period p) {
        return Panache.getSession().chain(session -> p.bind(session.<Object[]> createNativeQuery(
                "SELECT " + expression + ", count(*) FROM ticket WHERE created_at >= ?1 AND created_at < ?2"
                        + p.and(Period.TEAM) + " GROUP BY 1", Object[].class), Period.TEAM)
                .getResultList())
                .map(rows -> {
                    Map<String, Long> counts = new TreeMap<>();
                    for (Object[] row : rows) {
                        counts.put((String) row[0], ((Number) row[1]).longValue());
                    }
                    return counts;
                });
    }

    /** {count, median s, p90 s, met due, first-contact} of tickets resolved in the period. */
    private Uni<Object[]> resolvedFigures(Period p) {
        return Panache.getSession().chain(session -> p.bind(session.<Object[]> createNativeQuery("""
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - raised_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - raised_at)),
                       count(*) FILTER (WHERE resolved_at <= due_at),
                       count(*) FILTER (WHERE first_contact_resolution)
                FROM ticket WHERE resolved_at >= ?1 AND resolved_at < ?2""" + p.and(Period.TEAM), Object[].class),
                Period.TEAM)
                .getSingleResult());
    }

    /**
     * Of the tickets created in the period whose first response is known or overdue at {@code now}:
     * the share answered by the first-response due time.
     */
    private Uni<Double> firstResponse(Period p, Instant now) {
        return Panache.getSession().chain(session -> p.bind(session.<Object[]> createNativeQuery("""
                SELECT count(*) FILTER (WHERE first_responded_at <= first_response_due_at),
                       count(*) FILTER (WHERE first_responded_at IS NOT NULL OR first_response_due_at < ?3)
                FROM ticket WHERE created_at >= ?1 AND created_at < ?2""" + p.and(Period.TEAM + 1), Object[].class),
                Period.TEAM + 1)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .getSingleResult())
                .map(row -> rate(row[0], ((Number) row[1]).longValue()));
    }

    private static Double rate(Object count, long of) {
        return of == 0 ? null : ((Number) count).doubleValue() / of;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

}

package io.contactcenter.ticket.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.ticket.model.TicketStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Teams, their supervisors and members, and how many open tickets each member holds. */
@ApplicationScoped
public class TeamDirectory {

    /** Statuses that count as an agent's load. */
    static final List<TicketStatus> LOAD = List.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS,
            TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.REOPENED);

    /** What dispatch needs to know about a team; {@code registered} false: nobody told us about it. */
    public record Roster(String teamId, boolean registered, String supervisor, Map<String, Long> loads) {
    }

    private final Clock clock;

    public TeamDirectory(Clock clock) {
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TeamView> define(String teamId, TeamDefinition definition) {
        return Panache.getSession().chain(session -> session.find(Team.class, teamId, LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> {
                    Team team = existing == null ? new Team() : existing;
                    team.id = teamId;
                    team.supervisor = definition.supervisor().trim();
                    team.updatedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                    // Flush the team row now: member rows are inserted at once (identity ids) and reference it.
                    return (existing == null ? session.persist(team).chain(session::flush) : Uni.createFrom().voidItem())
                            .chain(() -> session.createMutationQuery("delete from TeamMember where teamId = :team")
                                    .setParameter("team", teamId).executeUpdate())
                            .chain(() -> {
                                Uni<Void> inserts = Uni.createFrom().voidItem();
                                for (String agent : definition.members().stream().map(String::trim).distinct()
                                        .toList()) {
                                    TeamMember member = new TeamMember();
                                    member.teamId = teamId;
                                    member.agentId = agent;
                                    inserts = inserts.chain(() -> session.persist(member));
                                }
                                return inserts;
                            });
                }))
                .chain(done -> roster(teamId, false)).map(TeamDirectory::view);
    }

    @WithSession
    public Uni<TeamView> find(String teamId) {
        return roster(teamId, false).map(r -> {
            if (!r.registered()) {
                throw new NotFoundProblem("team", teamId);
            }
            return view(r);
        });
    }

    @WithSession
    public Uni<List<TeamView>> all() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select id from Team order by id", String.class).getResultList())
                .chain(ids -> {
                    Uni<List<TeamView>> views = Uni.createFrom().item(new java.util.ArrayList<>());
                    for (String id : ids) {
                        views = views.chain(list -> roster(id, false).map(r -> {
                            list.add(view(r));
                            return list;
                        }));
                    }
                    return views;
                });
    }

    /**
     * The team's roster with each member's load. {@code lock}: holds the team row until the caller's
     * transaction ends, so two tickets dispatched to one team at once see each other's assignment.
     */
    public Uni<Roster> roster(String teamId, boolean lock) {
        return Panache.getSession().chain(session -> session
                .find(Team.class, teamId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .chain(team -> {
                    if (team == null) {
                        return Uni.createFrom().item(new Roster(teamId, false, null, Map.of()));
                    }
                    return session.createSelectionQuery("""
                            select m.agentId, count(t.id) from TeamMember m
                            left join Ticket t on t.assignee = m.agentId and t.status in :load
                            where m.teamId = :team group by m.agentId""", Object[].class)
                            .setParameter("load", LOAD).setParameter("team", teamId).getResultList()
                            .map(rows -> {
                                Map<String, Long> loads = new TreeMap<>();
                                rows.forEach(row -> loads.put((String) row[0], (Long) row[1]));
                                return new Roster(teamId, true, team.supervisor, loads);
                            });
                }));
    }

    /** The team's supervisor; null when the team is not registered. Call inside a session. */
    public Uni<String> supervisorOf(String teamId) {
        if (teamId == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession().chain(session -> session.find(Team.class, teamId))
                .map(team -> team == null ? null : team.supervisor);
    }

    private static TeamView view(Roster r) {
        return new TeamView(r.teamId(), r.supervisor(), r.loads().entrySet().stream()
                .map(e -> new TeamView.Member(e.getKey(), e.getValue())).toList());
    }
}

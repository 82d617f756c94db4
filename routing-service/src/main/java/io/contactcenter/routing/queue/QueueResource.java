package io.contactcenter.routing.queue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.agent.AgentService;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.engine.RoutingEngine;
import io.smallrye.mutiny.Uni;

/** Queue definitions (admin) and live figures for supervisors' wallboards. */
@Path("/queues")
public class QueueResource {

    /**
     * The center now: totals over all queues, agents by state (an agent serving several queues is
     * counted once here, but in each of its queues), and each queue.
     */
    public record CenterStats(String day, long waiting, Figures today, Figures recent, Map<String, Long> agentsByState,
            List<QueueStats> queues) {
    }

    private final QueueDirectory queues;
    private final QueueStore store;
    private final QueueFigures figures;
    private final AgentService agents;
    private final RoutingEngine engine;
    private final RoutingClock clock;

    public QueueResource(QueueDirectory queues, QueueStore store, QueueFigures figures, AgentService agents,
            RoutingEngine engine, RoutingClock clock) {
        this.queues = queues;
        this.store = store;
        this.figures = figures;
        this.agents = agents;
        this.engine = engine;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Map<String, QueueDefinition> definitions() {
        Map<String, QueueDefinition> all = new TreeMap<>();
        queues.all().forEach(q -> all.put(q.id(), QueueDefinition.of(q)));
        return all;
    }

    /** Create or change a queue; every agent is re-placed so the change applies at once on every instance. */
    @PUT
    @Path("/{queueId}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<QueueDefinition> define(@PathParam("queueId") String queueId, @Valid @NotNull QueueDefinition definition) {
        if (!queueId.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new InvalidFieldProblem("queueId", "lower-case letters, digits and - only");
        }
        Uni<Void> overflowKnown = definition.overflowQueue() == null ? Uni.createFrom().voidItem()
                : store.find(definition.overflowQueue()).map(q -> q.orElseThrow(() -> new InvalidFieldProblem(
                        "overflowQueue", "unknown queue '" + definition.overflowQueue() + "'"))).replaceWithVoid();
        return overflowKnown.chain(() -> store.save(queueId, definition)).chain(agents::replaceAll)
                .replaceWith(() -> QueueDefinition.of(queues.find(queueId).orElseThrow()));
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<CenterStats> all(@QueryParam("day") String day) {
        String d = day(day);
        return Uni.combine().all().unis(figures.all(d), engine.agentsByState()).with((list, states) -> {
            Map<String, Long> byState = new TreeMap<>();
            for (AgentState s : AgentState.values()) {
                byState.put(s.name(), Long.parseLong(states.getOrDefault(s.name(), "0")));
            }
            Figures today = list.stream().map(QueueStats::today).reduce(Figures.NONE, Figures::plus);
            Figures recent = list.stream().map(QueueStats::recent).reduce(Figures.NONE, Figures::plus);
            return new CenterStats(d, list.stream().mapToLong(QueueStats::waiting).sum(), today, recent, byState, list);
        });
    }

    @GET
    @Path("/{queueId}/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<QueueStats> one(@PathParam("queueId") String queueId, @QueryParam("day") String day) {
        String d = day(day);
        return store.find(queueId).chain(q -> figures.stats(q.orElseThrow(() -> new NotFoundProblem("queue", queueId)), d));
    }

    private String day(String day) {
        if (day == null) {
            return clock.today();
        }
        if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidFieldProblem("day", "expected yyyy-mm-dd");
        }
        return day;
    }
}

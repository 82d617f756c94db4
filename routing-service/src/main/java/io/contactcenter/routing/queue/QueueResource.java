package io.contactcenter.routing.queue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.engine.RoutingEngine;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Live queue figures for supervisors' wallboards. */
@Path("/queues")
public class QueueResource {

    /**
     * Center totals and each queue, for one day. An agent serving several queues counts as
     * available in each of them, so the center's agents are counted by state separately.
     */
    public record CenterStats(QueueStats total, Map<String, Long> agentsByState, List<QueueStats> queues) {
    }

    private final QueueDirectory queues;
    private final RoutingEngine engine;
    private final RoutingClock clock;

    public QueueResource(QueueDirectory queues, RoutingEngine engine, RoutingClock clock) {
        this.queues = queues;
        this.engine = engine;
        this.clock = clock;
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<CenterStats> all(@QueryParam("day") String day) {
        String d = day == null ? clock.today() : day;
        Uni<List<QueueStats>> perQueue = Multi.createFrom().iterable(queues.all())
                .onItem().transformToUniAndConcatenate(q -> stats(q, d))
                .collect().asList();
        return Uni.combine().all().unis(perQueue, engine.agentsByState()).with((list, states) -> {
            Map<String, Long> byState = new TreeMap<>();
            for (AgentState s : AgentState.values()) {
                byState.put(s.name(), Long.parseLong(states.getOrDefault(s.name(), "0")));
            }
            return new CenterStats(QueueStats.total(d, list, byState.get(AgentState.AVAILABLE.name())), byState, list);
        });
    }

    @GET
    @Path("/{queueId}/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<QueueStats> one(@PathParam("queueId") String queueId, @QueryParam("day") String day) {
        Queue q = queues.find(queueId).orElseThrow(() -> new NotFoundProblem("queue", queueId));
        return stats(q, day == null ? clock.today() : day);
    }

    private Uni<QueueStats> stats(Queue q, String day) {
        return Uni.combine().all().unis(engine.waitingContacts(q.id()), engine.availableAgents(q.id()),
                engine.dailyStats(q.id(), day))
                .with((waiting, available, counters) -> QueueStats.of(q, day, waiting, available, counters));
    }
}

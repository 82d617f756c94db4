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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.agent.AgentPlacements;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.team.TeamFigures;
import io.smallrye.mutiny.Uni;

import org.jboss.resteasy.reactive.RestResponse;
import java.net.URI;

/** Queue definitions (admin) and live figures for supervisors' wallboards. */
@Path("/queues")
@Tag(name = "Queues", description = "Queue definitions (admin) and live figures for supervisors' wallboards.")
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
    private final AgentPlacements placements;
    private final RoutingEngine engine;
    private final RoutingClock clock;
    private final TeamFigures teams;

    public QueueResource(QueueDirectory queues, QueueStore store, QueueFigures figures, AgentPlacements placements,
            RoutingEngine engine, RoutingClock clock, TeamFigures teams) {
        this.teams = teams;
        this.queues = queues;
        this.store = store;
        this.figures = figures;
        this.placements = placements;
        this.engine = engine;
        this.clock = clock;
    }

    public static final String DAY = "The center's day, yyyy-mm-dd; today when left out";
    public static final String REDIS_DOWN = "Redis is unreachable or loading (`redis`), or the service is saturated: "
            + "retry after `Retry-After` seconds";

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every queue's definition, by id",
            description = "Skill expression, priority, service-level target, wrap-up, relaxation steps, overflow, agent selection.")
    @APIResponse(responseCode = "200", description = "Queue id → definition")
    public Map<String, QueueDefinition> definitions() {
        Map<String, QueueDefinition> all = new TreeMap<>();
        queues.all().forEach(q -> all.put(q.id(), QueueDefinition.of(q)));
        return all;
    }

    /**
     * Create or change a queue. Its routing fields apply at once; the agents it concerns are re-placed in the
     * background (AgentPlacements), and the answer says how to follow that.
     */
    @PUT
    @Path("/{queueId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or change a queue at run time",
            description = "Priority, service level, wrap-up, offer timeout, overflow and agent selection apply at once. "
                    + "Agents are re-placed in the background, only those the old or the new definition can concern "
                    + "(those in the queue now, and those with the rarest skill of each expression), in small batches "
                    + "while routing goes on; each keeps its idle-since. Follow it at `Location` "
                    + "(`GET /queues/changes/{changeId}`). A newer change of the same queue supersedes one still running.")
    @APIResponse(responseCode = "202", description = "Saved; the agents are being re-placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentPlacements.QueueChangeView.class)))
    @APIResponse(responseCode = "400", description = "`queueId` is not lower-case letters, digits and - (or is "
            + "`stats`, `changes` or `figures`), the skill expression or a relaxation step does not parse, or `overflowQueue` names no queue")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<RestResponse<AgentPlacements.QueueChangeView>> define(
            @Parameter(description = "Lower-case letters, digits and -, at most 63") @PathParam("queueId") String queueId, @Valid @NotNull QueueDefinition definition) {
        if (!queueId.matches("[a-z0-9][a-z0-9-]{0,62}") || RESERVED_IDS.contains(queueId)) {
            throw new InvalidFieldProblem("queueId", "lower-case letters, digits and - only, not stats, changes or figures");
        }
        Uni<Void> overflowKnown = definition.overflowQueue() == null ? Uni.createFrom().voidItem()
                : store.find(definition.overflowQueue()).map(q -> q.orElseThrow(() -> new InvalidFieldProblem(
                        "overflowQueue", "unknown queue '" + definition.overflowQueue() + "'"))).replaceWithVoid();
        return overflowKnown.chain(() -> store.save(queueId, definition))
                .chain(() -> placements.start(queues.find(queueId).orElseThrow()))
                .map(change -> RestResponse.ResponseBuilder.<AgentPlacements.QueueChangeView> accepted()
                        .location(URI.create("/queues/changes/" + change.changeId())).entity(change).build());
    }

    /** Paths under /queues that are not queue ids (figures: the wallboard stream, push.api.StreamPaths). */
    static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("stats", "changes", "figures");

    @GET
    @Path("/changes/{changeId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "How far a queue change has got",
            description = "`RUNNING` while agents are re-placed (`agentsDone` of about `agentsToCheck`), then `DONE`, "
                    + "or `SUPERSEDED` (by `supersededBy`) when a newer change of the queue took over.")
    @APIResponse(responseCode = "200", description = "The change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentPlacements.QueueChangeView.class)))
    @APIResponse(responseCode = "404", description = "No change with this id")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<AgentPlacements.QueueChangeView> change(@PathParam("changeId") String changeId) {
        return placements.find(changeId);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "The center now: totals, agents by state, and each queue",
            description = "Waiting, longest wait, service level, average speed of answer, abandon rate and handle "
                    + "time over the last 15 minutes and for the day, estimated wait. Service level both ways: "
                    + "`serviceLevelAnsweredOnlyPercent` (answered within the threshold / answered) and "
                    + "`serviceLevelWithAbandonsPercent` (/ answered + abandoned); `serviceLevelPercent` is the one the "
                    + "queue compares with its target (`abandonsInServiceLevel`). Short abandons (within the queue's "
                    + "`shortAbandonSeconds`) are counted in `shortAbandoned` and left out of the service level and the "
                    + "abandon rate. The centre's totals count abandons in their headline only if every queue does. "
                    + "Occupancy (`occupancyPercent`, agent time by state `agentAvailableMs`, `agentReservedMs`, "
                    + "`agentBusyMs`, `agentWrapUpMs`) = (busy + wrap-up) / (available + reserved + busy + wrap-up): "
                    + "of the agents placed in the queue (one serving several queues counts in each); the centre's "
                    + "counts each agent once.")
    @APIResponse(responseCode = "200", description = "The center's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CenterStats.class)))
    @APIResponse(responseCode = "400", description = "`day` is not yyyy-mm-dd")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<CenterStats> all(@Parameter(description = DAY) @QueryParam("day") String day) {
        String d = clock.dayOrToday(day);
        return Uni.combine().all().unis(figures.all(d), engine.agentsByState(), teams.centre(d)).with((list, states, centre) -> {
            Map<String, Long> byState = new TreeMap<>();
            for (AgentState s : AgentState.values()) {
                byState.put(s.name(), Long.parseLong(states.getOrDefault(s.name(), "0")));
            }
            // occupancy of the centre's agents, each counted once (the queues' would count one in each of its queues)
            Figures today = Figures.total(list.stream().map(QueueStats::today).toList()).withOccupancy(centre.today());
            Figures recent = Figures.total(list.stream().map(QueueStats::recent).toList()).withOccupancy(centre.recent());
            return new CenterStats(d, list.stream().mapToLong(QueueStats::waiting).sum(), today, recent, byState, list);
        });
    }

    @GET
    @Path("/{queueId}/stats")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One queue's figures", description = "The same figures as in `GET /queues/stats`, for one queue.")
    @APIResponse(responseCode = "200", description = "The queue's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueueStats.class)))
    @APIResponse(responseCode = "400", description = "`day` is not yyyy-mm-dd")
    @APIResponse(responseCode = "404", description = "No queue with this id")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<QueueStats> one(@PathParam("queueId") String queueId,
            @Parameter(description = DAY) @QueryParam("day") String day) {
        String d = clock.dayOrToday(day);
        return store.find(queueId).chain(q -> figures.stats(q.orElseThrow(() -> new NotFoundProblem("queue", queueId)), d));
    }

}

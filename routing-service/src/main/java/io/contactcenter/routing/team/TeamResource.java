package io.contactcenter.routing.team;

import static io.contactcenter.routing.queue.QueueResource.DAY;
import static io.contactcenter.routing.queue.QueueResource.REDIS_DOWN;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.engine.RoutingEngine;
import io.smallrye.mutiny.Uni;

/** Teams' live figures for supervisors: agents by state and occupancy. */
@Path("/teams")
@Tag(name = "Teams", description = "Teams' agents by state and occupancy, live, for supervisors' wallboards.")
public class TeamResource {

    static final String OCCUPANCY = "Agents by state now; agent time by state (`agentAvailableMs`, `agentReservedMs`, "
            + "`agentBusyMs`, `agentWrapUpMs`) and `occupancyPercent` = (busy + wrap-up) / (available + reserved + "
            + "busy + wrap-up) today (`today`) and over the last 15 minutes (`recent`). Not-ready and logged-out time "
            + "count in neither.";

    private final TeamFigures figures;
    private final RoutingEngine engine;
    private final RoutingClock clock;

    public TeamResource(TeamFigures figures, RoutingEngine engine, RoutingClock clock) {
        this.figures = figures;
        this.engine = engine;
        this.clock = clock;
    }

    @GET
    @Path("/figures")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Every team's figures: agents by state and occupancy", description = OCCUPANCY)
    @APIResponse(responseCode = "200", description = "The teams' figures, by team id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamStats.class)))
    @APIResponse(responseCode = "400", description = "`day` is not yyyy-mm-dd")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<List<TeamStats>> all(@Parameter(description = DAY) @QueryParam("day") String day) {
        return figures.all(clock.dayOrToday(day));
    }

    @GET
    @Path("/{teamId}/figures")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "One team's figures: agents by state and occupancy", description = OCCUPANCY)
    @APIResponse(responseCode = "200", description = "The team's figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamStats.class)))
    @APIResponse(responseCode = "400", description = "`day` is not yyyy-mm-dd")
    @APIResponse(responseCode = "404", description = "No agent has ever been in this team")
    @APIResponse(responseCode = "503", description = REDIS_DOWN)
    public Uni<TeamStats> one(@PathParam("teamId") String teamId,
            @Parameter(description = DAY) @QueryParam("day") String day) {
        String d = clock.dayOrToday(day);
        return engine.teamKnown(teamId).chain(known -> {
            if (!known) {
                throw new NotFoundProblem("team", teamId);
            }
            return figures.of(List.of(teamId), d).map(list -> list.get(0));
        });
    }

}

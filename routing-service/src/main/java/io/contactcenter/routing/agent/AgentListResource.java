package io.contactcenter.routing.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** Who is in which state right now, for supervisors: filtered, by agent id, a page at a time. */
@Path("/agents")
@Tag(name = "Agents")
@APIResponse(responseCode = "503", description = "Redis is unreachable or loading (`redis`), or the service is "
        + "saturated: retry after `Retry-After` seconds")
public class AgentListResource {

    /** Largest page: a supervisor's screen, or an export done page by page. */
    static final int MAX_PAGE_SIZE = 500;

    private final AgentService agents;

    public AgentListResource(AgentService agents) {
        this.agents = agents;
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "List agents: state, reason, time in state, contact, today's work",
            description = "Every filter given must hold. Sorted by agent id; `total` counts every match, "
                    + "or with several filters at least `total` when `totalAtLeast` (counted up to "
                    + "`routing.agent-list.count-limit`, 1,000). Served from "
                    + "Redis indexes: a page costs its size, whatever the centre's.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentPage.class)))
    @APIResponse(responseCode = "400", description = "`state` is not an agent state, or `page`/`size` out of range")
    public Uni<AgentPage> list(
            @Parameter(description = "Team id") @QueryParam("team") @Size(max = 128) String team,
            @Parameter(description = "Agent state: LOGGED_OUT, AVAILABLE, NOT_READY, RESERVED, BUSY or WRAP_UP") @QueryParam("state") String state,
            @Parameter(description = "Queue the agent serves") @QueryParam("queue") @Size(max = 63) String queue,
            @Parameter(description = "Skill the agent has (any level)") @QueryParam("skill") @Size(max = 64) String skill,
            @Parameter(description = "Page, from 1") @QueryParam("page") @DefaultValue("1") @Min(1) @Max(1_000_000) int page,
            @Parameter(description = "Agents per page, 1–500") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return agents.list(blankToNull(team), state(state), blankToNull(queue), blankToNull(skill), page, size);
    }

    private static AgentState state(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AgentState.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("state", "not an agent state: " + java.util.Arrays.toString(AgentState.values()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package io.contactcenter.routing.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/agents/{agentId}")
@Tag(name = "Agents", description = "Agent profiles (skills, capacity) and states, for the desktop, the phone and supervisors.")
// Every operation reads or changes the agent in Redis.
@APIResponse(responseCode = "503", description = "Nothing was changed, retry after `Retry-After` seconds: Redis is "
        + "unreachable or loading (`redis`), the service is saturated, or the event backlog is full (`event-backlog`)")
public class AgentResource {

    static final String AGENT_ID = "The agent's id (as the PBX and the desktop know it)";
    static final String UNKNOWN_AGENT = "No agent with this id";
    static final String OTHER_AGENT = "An `agent` token acts only for its own agent id (the token's subject)";

    private final AgentService agents;
    private final SecurityIdentity caller;

    public AgentResource(AgentService agents, SecurityIdentity caller) {
        this.agents = agents;
        this.caller = caller;
    }

    /** Create or update a profile; skills decide the queues the agent serves. */
    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Create or update an agent's profile",
            description = "Team, team leader, hire date, skills with proficiency 1–5 and capacity per channel; the "
                    + "skills decide the queues the agent serves, at once on every instance.")
    @APIResponse(responseCode = "200", description = "The agent as registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (e.g. a proficiency outside 1–5)")
    public Uni<AgentView> register(@Parameter(description = AGENT_ID) @PathParam("agentId") String agentId, @Valid @NotNull AgentProfile profile) {
        return agents.register(agentId, profile);
    }

    /** A skill change, a team move: only this agent is re-placed, for its next offer. */
    @PATCH
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    @Operation(summary = "Change part of an agent's profile (skills, team, team leader...)",
            description = "A JSON merge patch: fields left out stay; in `skills` and `capacity` a null removes the entry. "
                    + "Effective for the agent's next offer, and one `agent.profile-changed` event (none when nothing changed).")
    @APIResponse(responseCode = "200", description = "The agent as it now is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or the result would be (e.g. no skill left)")
    @APIResponse(responseCode = "404", description = UNKNOWN_AGENT)
    public Uni<AgentView> patch(@Parameter(description = AGENT_ID) @PathParam("agentId") String agentId,
            @Valid @NotNull AgentPatch patch) {
        return agents.patch(agentId, patch);
    }

    /** Ready / not ready / log out, from the agent desktop, the phone or a supervisor. */
    @POST
    @Path("/state")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.PBX })
    @Operation(summary = "Ask for AVAILABLE, NOT_READY (with a reason) or LOGGED_OUT",
            description = "Not ready during a call takes effect when the after-call work ends. Asking for the state "
                    + "the agent is already in changes nothing. Renews the agent's session lease. A supervisor's "
                    + "request is an order: offers the agent has not answered go back to their place in the queue "
                    + "(call.no-answer, cause AGENT_UNAVAILABLE), so it applies at once unless a conversation is in "
                    + "progress, and the agent.state-changed event names the supervisor (`changedBy`).")
    @APIResponse(responseCode = "200", description = "The agent after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "400", description = "`state` missing, or a state routing sets itself (RESERVED, BUSY, WRAP_UP)")
    @APIResponse(responseCode = "404", description = UNKNOWN_AGENT)
    @APIResponse(responseCode = "403", description = OTHER_AGENT)
    @APIResponse(responseCode = "409", description = "AVAILABLE asked while the agent is RESERVED for or BUSY with a contact")
    public Uni<AgentView> changeState(@Parameter(description = AGENT_ID) @PathParam("agentId") String agentId, @Valid @NotNull StateChange change) {
        Caller c = Caller.of(caller);
        c.requireActsFor(agentId);
        return agents.changeState(agentId, change, c.has(Roles.SUPERVISOR) ? c.id() : null);
    }

    /** The desktop (or the PBX) is still there; without it the session lapses and the agent is logged out. */
    @POST
    @Path("/heartbeat")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.PBX })
    @Operation(summary = "Renew the agent's session lease",
            description = "A logged-in agent's session lapses after `routing.agent-lease` (120 s by default) without a "
                    + "heartbeat, a state call, an answer or an end: the agent is logged out (reason LEASE_EXPIRED) and "
                    + "offers it held go back to their place in the queue. Send one every third of the lease. A "
                    + "logged-out agent has no lease (`leaseUntil` null).")
    @APIResponse(responseCode = "200", description = "The agent, with `leaseUntil`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "403", description = OTHER_AGENT)
    @APIResponse(responseCode = "404", description = UNKNOWN_AGENT)
    public Uni<AgentView> heartbeat(@Parameter(description = AGENT_ID) @PathParam("agentId") String agentId) {
        Caller.of(caller).requireActsFor(agentId);
        return agents.heartbeat(agentId);
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PBX })
    @Operation(summary = "Read an agent", description = "Profile, state (and not-ready reason) and current contacts.")
    @APIResponse(responseCode = "200", description = "The agent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgentView.class)))
    @APIResponse(responseCode = "403", description = OTHER_AGENT)
    @APIResponse(responseCode = "404", description = UNKNOWN_AGENT)
    public Uni<AgentView> find(@Parameter(description = AGENT_ID) @PathParam("agentId") String agentId) {
        Caller.of(caller).requireActsFor(agentId);
        return agents.find(agentId);
    }
}

package io.contactcenter.routing.agent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/agents/{agentId}")
public class AgentResource {

    private final AgentService agents;

    public AgentResource(AgentService agents) {
        this.agents = agents;
    }

    /** Create or update a profile; skills decide the queues the agent serves. */
    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.SUPERVISOR })
    public Uni<AgentView> register(@PathParam("agentId") String agentId, @Valid @NotNull AgentProfile profile) {
        return agents.register(agentId, profile);
    }

    /** Ready / not ready / log out, from the agent desktop, the phone or a supervisor. */
    @POST
    @Path("/state")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.PBX })
    public Uni<AgentView> changeState(@PathParam("agentId") String agentId, @Valid @NotNull StateChange change) {
        return agents.changeState(agentId, change);
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PBX })
    public Uni<AgentView> find(@PathParam("agentId") String agentId) {
        return agents.find(agentId);
    }
}

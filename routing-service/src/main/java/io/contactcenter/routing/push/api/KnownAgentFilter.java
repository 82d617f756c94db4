package io.contactcenter.routing.push.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.routing.agent.AgentService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks the agent of a stream before the stream starts. Once a stream has begun its status is sent
 * (200), so a forbidden or unknown agent found while subscribing could no longer be a 403 or 404
 * problem; a filter answers before any of it is written.
 */
public class KnownAgentFilter {

    private final AgentService agents;
    private final SecurityIdentity caller;

    public KnownAgentFilter(AgentService agents, SecurityIdentity caller) {
        this.agents = agents;
        this.caller = caller;
    }

    /** After the platform's InputFilter (priority USER), so a malformed agent id is its 400, not a lookup's 404. */
    @KnownAgent
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> check(ContainerRequestContext request) {
        String agentId = request.getUriInfo().getPathParameters().getFirst("agentId");
        Caller.of(caller).requireActsFor(agentId);
        return agents.find(agentId).replaceWithVoid();
    }
}

package io.contactcenter.routing.agent;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.contact.Channel;
import io.contactcenter.routing.engine.ScriptResult;
import io.contactcenter.routing.event.AgentStateChanged;
import io.contactcenter.routing.event.CallRouted;
import io.contactcenter.routing.event.RoutingEvents;
import io.smallrye.mutiny.Uni;

/**
 * Publishes the events of an agent becoming free: either it took a waiting contact (RESERVED,
 * call routed) or it became AVAILABLE. Shared by the agent API, the wrap-up tick and abandon.
 */
@ApplicationScoped
public class AgentTransitions {

    private final RoutingEvents events;

    public AgentTransitions(RoutingEvents events) {
        this.events = events;
    }

    /**
     * {@code ready}: {'ROUTED', prev, contactId, queueId, arrivedAt, channel, teamId}, {'AVAILABLE', prev, teamId},
     * or, when the agent had asked for NOT_READY during the call, {'CHANGED', prev, teamId, state, reason}.
     */
    public Uni<Void> publishReady(String agentId, ScriptResult ready, Instant now) {
        AgentState previous = AgentState.valueOf(ready.get(1));
        if (ready.is("ROUTED")) {
            String contactId = ready.get(2);
            String teamId = ready.get(6);
            double waitSeconds = Duration.ofMillis(now.toEpochMilli() - ready.getLong(4)).toMillis() / 1000.0;
            return events.agentState(new AgentStateChanged(agentId, teamId, previous, AgentState.RESERVED, null,
                    contactId, now))
                    .chain(() -> events.routed(new CallRouted(contactId, ready.get(3), agentId, teamId,
                            Channel.valueOf(ready.get(5)), waitSeconds, now)));
        }
        if (ready.is("CHANGED") && ready.get(3) != null) {
            return events.agentState(new AgentStateChanged(agentId, ready.get(2), previous,
                    AgentState.valueOf(ready.get(3)), ready.get(4), null, now));
        }
        if (ready.is("AVAILABLE")) {
            return events.agentState(new AgentStateChanged(agentId, ready.get(2), previous, AgentState.AVAILABLE,
                    null, null, now));
        }
        return Uni.createFrom().voidItem();
    }
}

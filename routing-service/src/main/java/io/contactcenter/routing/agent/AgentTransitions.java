package io.contactcenter.routing.agent;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.contact.Channel;
import io.contactcenter.routing.engine.ScriptResult;
import io.contactcenter.routing.event.AgentStateChanged;
import io.contactcenter.routing.event.CallRouted;
import io.contactcenter.routing.event.RoutingEvents;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Publishes what the scripts report about an agent: its state change, if any, and every waiting
 * contact it took. Shared by the agent API, the tick, abandon, end and transfer.
 */
@ApplicationScoped
public class AgentTransitions {

    /** Outcomes of an agent result (lua/common.lua agent_result); anything else carries no agent change. */
    private static final java.util.Set<String> AGENT_RESULTS = java.util.Set.of("ROUTED", "AVAILABLE", "CHANGED",
            "UNCHANGED");

    private final RoutingEvents events;

    public AgentTransitions(RoutingEvents events) {
        this.events = events;
    }

    /** {outcome, previousState, teamId, newState, reason, n, (contactId, queueId, arrivedAt, channel) x n}. */
    public Uni<Void> publishReady(String agentId, ScriptResult r, Instant now) {
        if (r.values().isEmpty() || !AGENT_RESULTS.contains(r.outcome()) || r.values().size() < 6) {
            return Uni.createFrom().voidItem();
        }
        String team = r.get(2);
        int taken = Integer.parseInt(r.get(5));
        String firstContact = taken > 0 ? r.get(6) : null;
        Uni<Void> state = stateChange(agentId, team, r.get(1), r.get(3), r.get(4), firstContact, now);
        if (taken == 0) {
            return state;
        }
        return state.chain(() -> Multi.createFrom().range(0, taken)
                .onItem().transformToUniAndConcatenate(i -> {
                    int at = 6 + 4 * i;
                    double waited = (now.toEpochMilli() - r.getLong(at + 2)) / 1000.0;
                    return events.routed(new CallRouted(r.get(at), r.get(at + 1), agentId, team,
                            Channel.valueOf(r.get(at + 3)), waited, now));
                })
                .collect().last().replaceWithVoid());
    }

    /** An event only when the state really changed (a chat agent already BUSY stays BUSY on a new chat). */
    public Uni<Void> stateChange(String agentId, String teamId, String before, String after, String reason,
            String contactId, Instant now) {
        if (after == null || Objects.equals(before, after)) {
            return Uni.createFrom().voidItem();
        }
        return events.agentState(new AgentStateChanged(agentId, teamId, before == null ? null : AgentState.valueOf(before),
                AgentState.valueOf(after), reason, contactId, now));
    }
}

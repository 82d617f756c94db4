package io.contactcenter.routing.event;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;

import io.contactcenter.platform.events.CloudEventMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;

/** Publishes routing's events; each Uni completes when the broker has acknowledged the record. */
@ApplicationScoped
public class RoutingEvents {

    public static final String CALL_EVENTS = "call-events";
    public static final String AGENT_EVENTS = "agent-events";
    static final String SOURCE = "/routing-service";

    private final MutinyEmitter<Object> callEvents;
    private final MutinyEmitter<Object> agentEvents;

    public RoutingEvents(@Channel(CALL_EVENTS) MutinyEmitter<Object> callEvents,
            @Channel(AGENT_EVENTS) MutinyEmitter<Object> agentEvents) {
        this.callEvents = callEvents;
        this.agentEvents = agentEvents;
    }

    public Uni<Void> queued(CallQueued e) {
        return call(CallQueued.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> routed(CallRouted e) {
        return call(CallRouted.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> answered(CallAnswered e) {
        return call(CallAnswered.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> abandoned(CallAbandoned e) {
        return call(CallAbandoned.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> ended(CallEnded e) {
        return call(CallEnded.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> noAnswer(CallNoAnswer e) {
        return call(CallNoAnswer.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> transferred(CallTransferred e) {
        return call(CallTransferred.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> overflowed(CallOverflowed e) {
        return call(CallOverflowed.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> callbackRequested(CallbackRequested e) {
        return call(CallbackRequested.TYPE, e.contactId(), e.occurredAt(), e);
    }

    public Uni<Void> agentState(AgentStateChanged e) {
        if (e.previousState() == e.state()) {
            return Uni.createFrom().voidItem();
        }
        return agentEvents.sendMessage(CloudEventMessages.of(SOURCE, AgentStateChanged.TYPE, e.agentId(),
                e.occurredAt(), (Object) e));
    }

    private Uni<Void> call(String type, String contactId, Instant at, Object body) {
        return callEvents.sendMessage(CloudEventMessages.of(SOURCE, type, contactId, at, body));
    }
}

package io.contactcenter.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.events.EventJson;
import io.smallrye.mutiny.Uni;

/**
 * Records an event in the caller's transaction: it is published (by {@link OutboxRelay}) only if
 * the change commits, and is not lost when the broker is down.
 */
@ApplicationScoped
public class Outbox {

    private final EventJson json;
    private final OutboxRelay relay;

    public Outbox(EventJson json, OutboxRelay relay) {
        this.json = json;
        this.relay = relay;
    }

    /** Must run inside the caller's reactive transaction. Returns the event id (the ce_id consumers see). */
    public Uni<UUID> add(String topic, String source, String type, String entityId, Instant occurredAt, Object body) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.source = source;
        event.type = type;
        event.entityId = entityId;
        event.occurredAt = occurredAt;
        try {
            event.payload = json.write(body);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return event.persist().invoke(relay::nudge).replaceWith(event.eventId);
    }
}

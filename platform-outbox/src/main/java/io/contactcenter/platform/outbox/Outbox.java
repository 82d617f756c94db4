package io.contactcenter.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Records an event in the caller's transaction: it is published (by {@link OutboxRelay}) only if
 * the change commits, and is not lost when the broker is down.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
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
            event.payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event body is not serializable", e));
        }
        return event.persist().replaceWith(event.eventId);
    }
}

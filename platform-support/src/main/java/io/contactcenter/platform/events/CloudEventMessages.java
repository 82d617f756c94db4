package io.contactcenter.platform.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Builds outgoing messages the way the event catalog promises: CloudEvents attributes in binary
 * mode (ce_* headers, plain JSON body) and the concerned entity's id as the record key, so one
 * entity's events stay ordered within a partition.
 */
public final class CloudEventMessages {

    private CloudEventMessages() {
    }

    public static <T> Message<T> of(String source, String type, String entityId, Instant occurredAt, T body) {
        return of(UUID.randomUUID().toString(), source, type, entityId, occurredAt, body);
    }

    /** With a caller-chosen id: a re-published outbox row keeps its id, so consumers see a duplicate, not a new event. */
    public static <T> Message<T> of(String eventId, String source, String type, String entityId, Instant occurredAt,
            T body) {
        OutgoingCloudEventMetadata<T> cloudEvent = OutgoingCloudEventMetadata.<T> builder()
                .withId(eventId)
                .withSource(URI.create(source))
                .withType(type)
                .withSubject(entityId)
                .withTimestamp(occurredAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String> builder()
                .withKey(entityId)
                .build();
        return Message.of(body, Metadata.of(cloudEvent, record));
    }
}

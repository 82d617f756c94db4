package io.contactcenter.platform.events;

import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** What a consumer needs from an incoming record besides its body: the event id and type. */
public record IncomingEvent(String id, String type, String body) {

    /** Falls back to topic/partition/offset for records that carry no CloudEvents id, so dedup still works. */
    public static IncomingEvent from(Message<String> message) {
        Optional<IncomingCloudEventMetadata> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class);
        String id = cloudEvent.map(IncomingCloudEventMetadata::getId)
                .or(() -> message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(r -> r.getTopic() + "/" + r.getPartition() + "/" + r.getOffset()))
                .orElseThrow(() -> new InvalidEventException("record has no event id"));
        String type = cloudEvent.map(IncomingCloudEventMetadata::getType).orElse(null);
        return new IncomingEvent(id, type, message.getPayload());
    }
}

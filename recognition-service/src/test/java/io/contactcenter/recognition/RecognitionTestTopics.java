package io.contactcenter.recognition;

import io.contactcenter.testing.KafkaTestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of the module runs on topics of its own (the %test profile prefixes the channels and the
 * outbox with {@code test.kafka.topic-prefix}), created on the real broker before Quarkus starts.
 */
@QuarkusTestResource(value = KafkaTestTopics.class, initArgs = @ResourceArg(name = "topics",
        value = "praise-events,call-events,recognition-events,praise-events.recognition-service.dlq,"
                + "call-events.recognition-service.dlq"))
public final class RecognitionTestTopics {

    private RecognitionTestTopics() {
    }
}

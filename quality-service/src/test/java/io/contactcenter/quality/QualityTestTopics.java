package io.contactcenter.quality;

import io.contactcenter.testing.KafkaTestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of the module runs on topics of its own (the %test profile prefixes the channel and the
 * outbox with {@code test.kafka.topic-prefix}), created on the real broker before Quarkus starts. Fresh
 * topics and a consumer reading from their beginning: a record sent before the consumer joined is not lost.
 */
@QuarkusTestResource(value = KafkaTestTopics.class, initArgs = @ResourceArg(name = "topics",
        value = "call-events,call-events.quality-service.dlq,praise-events,quality-events"))
public final class QualityTestTopics {

    public static final String CALL_EVENTS = "call-events";
    public static final String DLQ = "call-events.quality-service.dlq";
    public static final String PRAISE_EVENTS = "praise-events";
    public static final String QUALITY_EVENTS = "quality-events";

    private QualityTestTopics() {
    }
}

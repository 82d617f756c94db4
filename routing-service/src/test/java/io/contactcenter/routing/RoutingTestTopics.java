package io.contactcenter.routing;

import io.contactcenter.testing.KafkaTestTopics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every Quarkus test of the module publishes on topics of its own (the %test profile prefixes the
 * relay's topics with {@code test.kafka.topic-prefix}), created on the real broker before Quarkus starts,
 * so a platform started with {@code cc up} never consumes test events.
 */
@QuarkusTestResource(value = KafkaTestTopics.class, initArgs = @ResourceArg(name = "topics",
        value = "call-events,agent-events"))
public final class RoutingTestTopics {

    private RoutingTestTopics() {
    }
}

package io.contactcenter.platform.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** How often committed events are relayed (the scheduler's floor is one second). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * After an event is recorded, the relay runs this much later instead of waiting for the next poll: the
     * writer's transaction commits in the meantime, so the event usually reaches Kafka within tens of ms.
     * Events whose transaction takes longer go with the next poll. Nudges during the wait are coalesced.
     */
    @WithDefault("20ms")
    Duration nudgeDelay();

    /** Most events relayed per poll; the rest go in the next poll. */
    @WithDefault("200")
    int batchSize();

    /**
     * Put before each row's topic when it is published; none by default (rows name catalog topics). Tests
     * set one so their events never reach the topics a running platform reads.
     */
    Optional<String> topicPrefix();
}

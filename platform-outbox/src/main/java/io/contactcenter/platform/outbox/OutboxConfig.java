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

    /** Most events relayed per poll; the rest go in the next poll. */
    @WithDefault("200")
    int batchSize();

    /**
     * Put before each row's topic when it is published; none by default (rows name catalog topics). Tests
     * set one so their events never reach the topics a running platform reads.
     */
    Optional<String> topicPrefix();
}

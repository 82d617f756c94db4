package io.contactcenter.platform.events.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How every event consumer of the service treats a handler failure: retried in place with
 * exponential backoff (records of the partition wait, so they stay in order), then dead-lettered.
 * Unreadable records are dead-lettered at once: retrying cannot fix them.
 */
@ConfigMapping(prefix = "events.consumer")
public interface ConsumerConfig {

    Retry retry();

    interface Retry {
        /** Retries after the first attempt; 0 dead-letters on the first failure. */
        @WithDefault("4")
        int maxRetries();

        /** Wait before the first retry; doubled each time (with jitter) up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("3s")
        Duration maxBackoff();
    }
}

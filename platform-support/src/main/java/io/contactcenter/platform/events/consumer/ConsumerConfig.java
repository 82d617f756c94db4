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

    /**
     * Kafka consumers per incoming channel in one service instance (each channel's
     * {@code mp.messaging.incoming.<channel>.concurrency} reads this). Each takes some of the topic's partitions
     * and handles its records one at a time, so order per partition (per contact) holds while the database
     * round trips of different partitions overlap. More than the topic's partitions leaves consumers idle.
     */
    @WithDefault("3")
    int concurrency();

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

package io.contactcenter.platform.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long published outbox rows and processed-event ids are kept, and how the job that deletes
 * older ones runs ({@link Retention}).
 */
@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    /**
     * Age after which a published outbox row, and a processed-event id, is deleted. The default is the
     * topics' retention (7 days): Kafka no longer holds an event that old, so it cannot be redelivered
     * and its id need not be remembered. Raise it before resetting a consumer group to an older offset.
     */
    @WithDefault("7d")
    Duration horizon();

    /** Rows deleted per statement; each batch is its own short transaction. */
    @WithDefault("1000")
    int batchSize();

    /** How often the job runs (each run deletes batches until none is left); {@code off} disables it. */
    @WithDefault("10m")
    String interval();
}

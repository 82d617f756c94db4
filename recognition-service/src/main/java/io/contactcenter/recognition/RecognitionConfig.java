package io.contactcenter.recognition;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The knobs of the recognition program (DOMAIN.md, "Recognition"). */
@ConfigMapping(prefix = "recognition")
public interface RecognitionConfig {

    /** Time zone of the center's calendar: a praise counts for the month and quarter it falls in there. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /**
     * How long a praise id is remembered to drop redeliveries. Longer than the topic retention
     * (7 days) so no redelivery outlives it, and than a month so a board never counts one twice.
     */
    @WithDefault("35d")
    Duration dedupTtl();

    /** Largest leaderboard a caller may ask for (the monthly award needs 50, the quarterly 30). */
    @WithDefault("500")
    int maxTop();
}

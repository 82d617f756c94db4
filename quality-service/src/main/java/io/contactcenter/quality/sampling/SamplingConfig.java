package io.contactcenter.quality.sampling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which ended contacts the QA group listens to. Complaints are always selected; of the other
 * contacts a fixed share is drawn. Per-agent weekly quotas and extra sampling of new agents
 * (fresh stage, months 0-3) come with the scorecard slice.
 */
@ConfigMapping(prefix = "quality.sampling")
public interface SamplingConfig {

    /** Share (0..100) of non-complaint contacts selected at random; 0 leaves only complaints. */
    @WithDefault("10")
    @Min(0)
    @Max(100)
    int randomPercent();
}

package io.contactcenter.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Most events relayed per poll; the rest go in the next poll. */
    @WithDefault("200")
    int batchSize();
}

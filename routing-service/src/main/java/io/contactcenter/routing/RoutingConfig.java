package io.contactcenter.routing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the ACD can be tuned with; defaults follow the center's practice (DOMAIN.md). */
@ConfigMapping(prefix = "routing")
public interface RoutingConfig {

    /** Queue for contacts whose intent and language match no rule. */
    @WithDefault("general")
    String defaultQueue();

    /** Queues by id, defined at start-up. */
    Map<String, QueueSettings> queues();

    /** IVR intent (e.g. COMPLAINT) to queue id; checked after the language rules. */
    Map<String, String> intentQueues();

    /** Caller language (e.g. en) to queue id; takes precedence over intent. */
    Map<String, String> languageQueues();

    /** Time zone that defines "today" for the daily counters. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** How often agents whose wrap-up time is over are made available again. */
    @WithDefault("1s")
    Duration wrapUpTick();

    /** How long ended or abandoned contacts stay readable in Redis. */
    @WithDefault("24h")
    Duration contactRetention();

    interface QueueSettings {
        /** Skills an agent needs, e.g. {@code billing>=2 AND lang:yue>=3}; empty means every agent. */
        @WithDefault("")
        String expression();

        /** Higher goes first when an agent serves several queues. */
        @WithDefault("1")
        int priority();

        /** Service level: answered within this many seconds... */
        @WithDefault("10")
        int serviceLevelSeconds();

        /** ...for this share of contacts (90/10 by default). */
        @WithDefault("90")
        int serviceLevelPercent();

        /** After-call work before the agent is offered the next contact. */
        @WithDefault("15")
        int wrapUpSeconds();
    }
}

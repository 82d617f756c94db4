package io.contactcenter.routing.queue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.RoutingConfig;

/**
 * The queues every instance routes with, and the IVR routing table (language / intent to
 * queue). Seeded from configuration; the admin API changes them through Redis and each instance
 * picks changes up on its next tick (see {@link QueueStore}).
 */
@ApplicationScoped
public class QueueDirectory {

    private final RoutingConfig config;
    private final Map<String, Queue> configured;
    private volatile Map<String, Queue> queues;

    public QueueDirectory(RoutingConfig config) {
        this.config = config;
        Map<String, Queue> fromConfig = new TreeMap<>();
        config.queues().forEach((id, s) -> fromConfig.put(id, new QueueDefinition(s.expression(), s.priority(),
                s.serviceLevelSeconds(), s.serviceLevelPercent(), s.wrapUpSeconds(), s.strategy(),
                s.relaxation().stream().map(r -> new QueueDefinition.Step(r.afterSeconds(), r.expression())).toList(),
                s.maxWaitSeconds().orElse(null), s.overflowAction(), s.overflowQueue().orElse(null), s.offerTimeoutSeconds(),
                s.abandonsInServiceLevel(), s.shortAbandonSeconds())
                .toQueue(id)));
        if (!fromConfig.containsKey(config.defaultQueue())) {
            throw new IllegalStateException("routing.default-queue '" + config.defaultQueue() + "' is not defined");
        }
        this.configured = Map.copyOf(fromConfig);
        this.queues = configured;
    }

    /** The queues configuration defines (seeded into Redis when Redis does not know them). */
    public Collection<Queue> configured() {
        return new TreeMap<>(configured).values();
    }

    public Optional<Queue> find(String id) {
        return Optional.ofNullable(queues.get(id));
    }

    public Collection<Queue> all() {
        return new TreeMap<>(queues).values();
    }

    /** Replaces the whole set (a refresh from Redis); the default queue is never dropped. */
    void replaceAll(Map<String, Queue> latest) {
        if (latest.containsKey(config.defaultQueue())) {
            this.queues = Map.copyOf(latest);
        }
    }

    /** Language rules first (a caller who speaks only English needs an English speaker), then intent. */
    public Queue pick(String language, String intent) {
        String id = Optional.ofNullable(language).map(config.languageQueues()::get)
                .or(() -> Optional.ofNullable(intent).map(config.intentQueues()::get))
                .filter(queues::containsKey)
                .orElse(config.defaultQueue());
        return queues.get(id);
    }

    /** Where an agent with these skills stands in each queue it may serve. */
    public List<Queue.Placement> placements(Map<String, Integer> skills) {
        return all().stream().flatMap(q -> q.place(skills).stream()).toList();
    }
}

package io.contactcenter.routing.queue;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.RoutingConfig;

/** The configured queues and the IVR routing table (intent / language to queue). */
@ApplicationScoped
public class QueueDirectory {

    private final Map<String, Queue> queues = new TreeMap<>();
    private final RoutingConfig config;

    public QueueDirectory(RoutingConfig config) {
        this.config = config;
        config.queues().forEach((id, settings) -> queues.put(id, new Queue(id,
                SkillExpression.parse(settings.expression()), settings.priority(),
                Duration.ofSeconds(settings.serviceLevelSeconds()), settings.serviceLevelPercent(),
                Duration.ofSeconds(settings.wrapUpSeconds()))));
        if (!queues.containsKey(config.defaultQueue())) {
            throw new IllegalStateException("routing.default-queue '" + config.defaultQueue() + "' is not defined");
        }
    }

    public Optional<Queue> find(String id) {
        return Optional.ofNullable(queues.get(id));
    }

    public Collection<Queue> all() {
        return queues.values();
    }

    /** Language rules first (a caller who speaks only English needs an English speaker), then intent. */
    public Queue pick(String language, String intent) {
        String id = Optional.ofNullable(language).map(config.languageQueues()::get)
                .or(() -> Optional.ofNullable(intent).map(config.intentQueues()::get))
                .orElse(config.defaultQueue());
        return queues.get(id);
    }

    /** The queues an agent with these skills may serve. */
    public List<String> eligibleQueues(Map<String, Integer> skills) {
        return queues.values().stream().filter(q -> q.eligibility().matches(skills)).map(Queue::id).toList();
    }
}

package io.contactcenter.routing.queue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.routing.RoutingKeys;
import io.contactcenter.routing.engine.RoutingEngine;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Queue definitions shared by all instances: {@code cc:qdefs} (id to JSON definition) is the
 * source of truth; configuration only seeds queues Redis does not know yet. The scripts read each
 * queue's routing fields (priority, strategy, service-level and short-abandon thresholds, wrap-up, relaxation,
 * overflow)
 * from {@code cc:qdef:{id}}, so answer and end need no lookup in Java.
 */
@ApplicationScoped
public class QueueStore {

    private static final Logger LOG = Logger.getLogger(QueueStore.class);

    private final QueueDirectory directory;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ObjectMapper json;
    private final RoutingKeys keys;

    public QueueStore(QueueDirectory directory, ReactiveRedisDataSource redis, ObjectMapper json, RoutingKeys keys) {
        this.directory = directory;
        this.keys = keys;
        this.hashes = redis.hash(String.class);
        this.json = json;
    }

    /**
     * Start-up: write configured queues Redis lacks, adopt what Redis holds, and make sure the
     * scripts' view of each queue (priority, strategy) is in place.
     */
    public Uni<Void> seedAndLoad() {
        return Multi.createFrom().iterable(directory.configured())
                .onItem().transformToUniAndConcatenate(q -> hashes.hsetnx(keys.queueDefinitions(), q.id(), write(QueueDefinition.of(q))))
                .collect().last()
                .chain(this::refresh)
                .chain(() -> Multi.createFrom().iterable(directory.all())
                        .onItem().transformToUniAndConcatenate(this::publishRoutingFields)
                        .collect().last().replaceWithVoid());
    }

    public Uni<Void> save(String id, QueueDefinition definition) {
        Queue queue = definition.toQueue(id);
        return hashes.hset(keys.queueDefinitions(), id, write(definition))
                .chain(() -> publishRoutingFields(queue))
                .chain(this::refresh)
                .onFailure().transform(RoutingEngine::unavailable);
    }

    /**
     * Re-reads the shared definitions; called on every tick so all instances converge within a
     * second. Read-only: whoever changes a queue ({@link #save}) also writes its routing fields.
     */
    public Uni<Void> refresh() {
        return hashes.hgetall(keys.queueDefinitions()).chain(stored -> {
            Map<String, Queue> latest = new TreeMap<>();
            stored.forEach((id, text) -> {
                try {
                    latest.put(id, json.readValue(text, QueueDefinition.class).toQueue(id));
                } catch (JsonProcessingException | RuntimeException e) {
                    LOG.errorf("queue %s: stored definition unreadable, keeping the previous one: %s", id, e.getMessage());
                    directory.find(id).ifPresent(previous -> latest.put(id, previous));
                }
            });
            directory.replaceAll(latest);
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * The queue by id. A queue another instance defined a moment ago may not have reached this
     * instance's tick yet: on a miss, re-read the shared definitions before saying it does not exist.
     */
    public Uni<Optional<Queue>> find(String id) {
        Optional<Queue> known = directory.find(id);
        if (known.isPresent()) {
            return Uni.createFrom().item(known);
        }
        return refresh().map(ignored -> directory.find(id)).onFailure().transform(RoutingEngine::unavailable);
    }

    private Uni<Void> publishRoutingFields(Queue q) {
        // Every field always written (empty = none), so a change never leaves a stale one behind.
        Map<String, String> fields = new HashMap<>();
        fields.put("priority", Integer.toString(q.priority()));
        fields.put("strategy", q.strategy().name());
        fields.put("slMs", Long.toString(q.serviceLevelThreshold().toMillis()));
        fields.put("wrapUpMs", Long.toString(q.wrapUp().toMillis()));
        fields.put("offerTimeoutMs", Long.toString(q.offerTimeout().toMillis()));
        fields.put("shortAbandonMs", Long.toString(q.shortAbandon().toMillis()));
        fields.put("relax", q.relaxation().stream().map(r -> Long.toString(r.after().toMillis()))
                .collect(Collectors.joining(",")));
        fields.put("maxWaitMs", q.maxWait().map(d -> Long.toString(d.toMillis())).orElse(""));
        fields.put("overflowAction", q.maxWait().isPresent() ? q.overflowAction().name() : "");
        fields.put("overflowQueue", q.overflowQueue().orElse(""));
        return hashes.hset(keys.queueRoutingFields(q.id()), fields).replaceWithVoid();
    }

    private String write(QueueDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

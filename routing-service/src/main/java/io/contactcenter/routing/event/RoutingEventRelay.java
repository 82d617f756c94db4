package io.contactcenter.routing.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.RoutingKeys;
import io.contactcenter.routing.engine.RoutingEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.redis.client.Response;

/**
 * Publishes the routing decisions' events from the Redis streams the scripts append to, to Kafka.
 *
 * <p>Every instance runs one relay thread. A stream (shard) is relayed by one instance at a time: the
 * holder of its lease, renewed every round; when an instance dies its lease runs out and another
 * takes the stream over from its head. Each round reads the oldest entries, sends them in stream
 * order (an idempotent producer keeps that order per partition), waits for the broker's
 * acknowledgement, and only then deletes them: at least once, with the same {@code ce_id} on a
 * repeat, in decision order per key. While Kafka is down the streams grow (decisions go on, up to
 * the bound in {@link RoutingConfig.Events#backlogBound()}) and the lag is visible in the metrics.
 *
 * <p>A dedicated thread with blocking calls: it is off the request path, and waiting for the broker
 * is its job.
 */
@ApplicationScoped
public class RoutingEventRelay {

    static final String SOURCE = "/routing-service";
    private static final Logger LOG = Logger.getLogger(RoutingEventRelay.class);
    private static final DateTimeFormatter CE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
    private static final String RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then "
            + "return redis.call('DEL', KEYS[1]) end return 0";
    /** Back-off after a failed round (broker or Redis unreachable), so an outage is not a busy loop. */
    private static final long FAILURE_PAUSE_MS = 500;
    /** One produce request's wait for the broker; the producer retries after it. */
    private static final int REQUEST_TIMEOUT_MS = 10_000;
    /** How often the backlog gauges are refreshed. */
    private static final long LAG_PROBE_MS = 1000;

    private final RedisDataSource redis;
    private final RoutingKeys keys;
    private final RoutingEngine engine;
    private final RoutingConfig.Events config;
    private final String bootstrapServers;
    private final String owner = UUID.randomUUID().toString();
    private final Set<Integer> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Counter published;
    private final Counter failures;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMs = new AtomicLong();
    private final String partition;
    private volatile boolean running;
    private volatile Thread thread;
    private java.util.concurrent.ScheduledExecutorService lagProbe;
    private KafkaProducer<String, byte[]> producer;

    public RoutingEventRelay(RedisDataSource redis, RoutingKeys keys, RoutingEngine engine, RoutingConfig config,
            MeterRegistry metrics, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.redis = redis;
        this.keys = keys;
        this.engine = engine;
        this.config = config.events();
        this.partition = config.partition();
        this.bootstrapServers = bootstrapServers;
        this.published = Counter.builder("routing_events_published_total")
                .description("Decision events the broker acknowledged").register(metrics);
        this.failures = Counter.builder("routing_event_publish_failures_total")
                .description("Relay rounds that failed (broker or Redis unreachable); retried").register(metrics);
        Gauge.builder("routing_event_backlog_entries", backlog, AtomicLong::get)
                .description("Decision events written in Redis, not yet acknowledged by Kafka").register(metrics);
        Gauge.builder("routing_event_relay_streams", held, Set::size)
                .description("Event streams this instance relays now (it holds their lease)").register(metrics);
        Gauge.builder("routing_event_backlog_oldest_age_seconds", oldestAgeMs, v -> v.get() / 1000.0)
                .description("Age of the oldest unpublished decision event").register(metrics);
    }

    /**
     * Order per key needs that no record of a round is written after an earlier one of the same round
     * failed: records never expire (the producer retries until the broker takes them, the relay waits),
     * and after any failure the producer is closed at once, dropping whatever it still held, so the
     * round is sent again, complete and in order, by a fresh producer.
     */
    private KafkaProducer<String, byte[]> newProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        // Never blocked longer than a lease third: the thread must come back to renew its leases.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Math.max(1, config.relayLease().toMillis() / 3)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(REQUEST_TIMEOUT_MS));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "routing-event-relay-" + owner.substring(0, 8));
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private void resetProducer() {
        producer.close(java.time.Duration.ZERO);
        producer = newProducer();
    }

    void onStart(@Observes StartupEvent start) {
        producer = newProducer();
        running = true;
        thread = new Thread(this::loop, "routing-event-relay");
        thread.setDaemon(true);
        thread.start();
        // apart from the relay thread, which may wait for the broker for a long time: lag is what shows that
        lagProbe = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "routing-event-lag");
            t.setDaemon(true);
            return t;
        });
        lagProbe.scheduleWithFixedDelay(this::measureLag, 0, LAG_PROBE_MS, TimeUnit.MILLISECONDS);
    }

    /** Finish the round in flight and hand the streams over at once instead of after the lease runs out. */
    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (lagProbe != null) {
            lagProbe.shutdownNow();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(config.relayLease().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (int shard : Set.copyOf(held)) {
            try {
                redis.execute("EVAL", RELEASE, "1", keys.relayLease(shard), owner);
            } catch (RuntimeException e) {
                LOG.debugf("lease of stream %d not released: %s", shard, e.getMessage());
            }
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    private void loop() {
        while (running) {
            try {
                claimStreams();
                int sent = 0;
                for (int shard : List.copyOf(held)) {
                    sent += relayRound(shard);
                }
                if (sent == 0) {
                    waitForEvents();
                }
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf("event relay round failed, retrying: %s", e.getMessage());
                pause(FAILURE_PAUSE_MS);
            }
        }
    }

    /** Renews the leases held, takes free ones. */
    private void claimStreams() {
        String lease = Long.toString(config.relayLease().toMillis());
        for (int shard = 0; shard < engine.eventShards(); shard++) {
            String key = keys.relayLease(shard);
            if (held.contains(shard)) {
                Response renewed = redis.execute("EVAL", RENEW, "1", key, owner, lease);
                if (renewed == null || renewed.toLong() == 0) {
                    held.remove(shard);
                }
            } else {
                Response taken = redis.execute("SET", key, owner, "NX", "PX", lease);
                if (taken != null && "OK".equals(taken.toString())) {
                    held.add(shard);
                }
            }
        }
    }

    /** One round for one stream: the oldest entries to Kafka, acknowledged, then deleted. */
    private int relayRound(int shard) {
        String stream = keys.eventStream(shard);
        Response entries = redis.execute("XRANGE", stream, "-", "+", "COUNT", Integer.toString(config.relayBatch()));
        if (entries == null || entries.size() == 0) {
            return 0;
        }
        List<String> ids = new ArrayList<>(entries.size());
        List<Future<?>> acks = new ArrayList<>(entries.size());
        for (Response entry : entries) {
            String id = entry.get(0).toString();
            ids.add(id);
            acks.add(producer.send(record(shard, id, entry.get(1))));
        }
        awaitAcks(shard, acks);
        List<String> del = new ArrayList<>(ids.size() + 1);
        del.add(stream);
        del.addAll(ids);
        redis.execute("XDEL", del.toArray(String[]::new));
        published.increment(ids.size());
        return ids.size();
    }

    /**
     * Waits for every acknowledgement, as long as it takes, renewing the leases meanwhile so a slow or
     * absent broker does not hand streams over. Gives the round up (fresh producer, round sent again)
     * on a refusal, a lost lease or shutdown.
     */
    private void awaitAcks(int shard, List<Future<?>> acks) {
        long slice = Math.max(1, config.relayLease().toMillis() / 3);
        for (Future<?> ack : acks) {
            while (true) {
                try {
                    ack.get(slice, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    claimStreams();
                    if (!held.contains(shard) || !running) {
                        resetProducer();
                        throw new IllegalStateException("stream " + shard + " handed over before the broker answered");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    resetProducer();
                    throw new IllegalStateException("interrupted while waiting for the broker");
                } catch (ExecutionException e) {
                    resetProducer();
                    throw new IllegalStateException("broker refused stream " + shard + ": " + e.getCause().getMessage(),
                            e.getCause());
                }
            }
        }
    }

    private ProducerRecord<String, byte[]> record(int shard, String entryId, Response fields) {
        String topic = null, type = null, subject = null, data = null;
        long time = 0;
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            String value = fields.get(i + 1).toString();
            switch (fields.get(i).toString()) {
                case "topic" -> topic = value;
                case "type" -> type = value;
                case "subject" -> subject = value;
                case "time" -> time = Long.parseLong(value);
                case "data" -> data = value;
                default -> {
                }
            }
        }
        // The same entry always gets the same id: a repeated publish is a duplicate consumers drop.
        String eventId = UUID.nameUUIDFromBytes((partition + "/" + shard + "/" + entryId)
                .getBytes(StandardCharsets.UTF_8)).toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(physicalTopic(topic), null, time, subject,
                data.getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_source", SOURCE);
        header(record, "ce_type", type);
        header(record, "ce_subject", subject);
        header(record, "ce_time", CE_TIME.format(Instant.ofEpochMilli(time)));
        header(record, "content-type", "application/json");
        return record;
    }

    private String physicalTopic(String logical) {
        return "agent-events".equals(logical) ? config.agentTopic() : config.callTopic();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Blocks briefly until one of the held streams has an entry (a stream read from the start). */
    private void waitForEvents() {
        if (held.isEmpty()) {
            pause(config.relayLease().toMillis() / 2);
            return;
        }
        List<String> args = new ArrayList<>();
        args.add("COUNT");
        args.add("1");
        args.add("BLOCK");
        args.add(Long.toString(Math.max(1, config.relayPoll().toMillis())));
        args.add("STREAMS");
        List<Integer> shards = List.copyOf(held);
        shards.forEach(s -> args.add(keys.eventStream(s)));
        shards.forEach(s -> args.add("0-0"));
        redis.execute("XREAD", args.toArray(String[]::new));
    }

    /** Entries not yet published in all streams (whoever relays them), and the age of the oldest. */
    private void measureLag() {
        try {
            measureLag(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.debugf("event backlog not measured: %s", e.getMessage());
        }
    }

    private void measureLag(long now) {
        long total = 0;
        long oldest = now;
        for (int shard = 0; shard < engine.eventShards(); shard++) {
            String stream = keys.eventStream(shard);
            Response length = redis.execute("XLEN", stream);
            long n = length == null ? 0 : length.toLong();
            total += n;
            if (n > 0) {
                Response first = redis.execute("XRANGE", stream, "-", "+", "COUNT", "1");
                if (first != null && first.size() > 0) {
                    String id = first.get(0).get(0).toString();
                    oldest = Math.min(oldest, Long.parseLong(id.substring(0, id.indexOf('-'))));
                }
            }
        }
        backlog.set(total);
        oldestAgeMs.set(Math.max(0, now - oldest));
    }


    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

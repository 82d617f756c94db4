package io.contactcenter.routing.push.source;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.push.PushHub;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Feeds the push hub with every call and agent event, on every instance.
 *
 * <p>Why Kafka and not the Redis streams the scripts write: a stream is read by the one instance relaying
 * it, which deletes what it published, while the clients of a stream kind are spread over all
 * instances. Each instance therefore reads both topics whole, by manual assignment of every partition
 * and without a consumer group (nothing is committed, no rebalance, no instance takes events from
 * another), from the end at start-up: a client that needs older events reconnects with Last-Event-ID
 * and gets them from the hub's replay. Events arrive once the relay has them acknowledged, i.e. after
 * the decision is durable.
 *
 * <p>A dedicated thread with blocking polls, off the event loop; the hub never blocks it.
 */
@ApplicationScoped
public class KafkaPushSource {

    private static final Logger LOG = Logger.getLogger(KafkaPushSource.class);
    /** A poll's longest wait when no event comes; an event ends the wait at once. */
    private static final Duration POLL = Duration.ofMillis(200);
    /** Pause before looking for the topics again when they are missing or the broker is unreachable. */
    private static final long RETRY_PAUSE_MS = 1000;

    private final PushHub hub;
    private final PushEvents events;
    private final FiguresPublisher figures;
    private final RoutingConfig config;
    private final String bootstrapServers;
    private final String clientId = "routing-push-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private volatile Thread thread;
    private KafkaConsumer<String, byte[]> consumer;
    private boolean assigned;

    public KafkaPushSource(PushHub hub, PushEvents events, FiguresPublisher figures, RoutingConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.hub = hub;
        this.events = events;
        this.figures = figures;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Takes the topics' ends before the service answers requests, so an event decided after start-up is
     * never missed; if the broker is not there yet, the thread goes on trying.
     */
    void onStart(@Observes StartupEvent start) {
        consumer = newConsumer();
        try {
            assign(config.push().feedStartTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("push feed not yet assigned (%s); retrying in the background", e.getMessage());
        }
        running = true;
        thread = new Thread(this::loop, "routing-push-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(POLL.toMillis() * 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Every partition of both topics, from its end (whose position is resolved now, not at the first poll). */
    private void assign(Duration timeout) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(config.events().callTopic(), config.events().agentTopic())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions (not created yet?)");
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(tp -> consumer.position(tp, timeout));
        assigned = true;
        LOG.debugf("push feed reads %d partitions from their end", partitions.size());
    }

    private void loop() {
        try {
            while (running) {
                try {
                    if (!assigned) {
                        assign(config.push().feedStartTimeout());
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        handle(record);
                    }
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warnf("push feed round failed, retrying: %s", e.getMessage());
                    pause();
                }
            }
        } finally {
            consumer.close(Duration.ZERO);
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            return; // not a CloudEvent of the catalog: nothing a client could use
        }
        events.parse(id, type, record.key(), record.timestamp(), new String(record.value(), StandardCharsets.UTF_8))
                .ifPresent(event -> {
                    hub.publish(event);
                    figures.changed();
                });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

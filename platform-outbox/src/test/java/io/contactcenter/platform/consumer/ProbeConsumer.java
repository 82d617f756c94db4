package io.contactcenter.platform.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.contactcenter.platform.events.consumer.AfterCommit;
import io.contactcenter.platform.events.consumer.EventConsumer;
import io.contactcenter.platform.events.consumer.EventConsumers;
import io.contactcenter.platform.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/** The service side of EventConsumerTest: one handler, the PostgreSQL inbox, what it applied. */
@ApplicationScoped
public class ProbeConsumer {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    /** Probe ids in the order their change was committed (the after-commit hook). */
    private final List<String> applied = new CopyOnWriteArrayList<>();

    private final EventConsumer consumer;

    public ProbeConsumer(EventConsumers consumers, ProcessedEvents inbox) {
        consumer = consumers.channel("probes")
                .deduplicate(inbox, "consumer-test.probes")
                .on(Probe.TYPE, Probe.class, (event, probe) -> {
                    int attempt = attempts.computeIfAbsent(probe.probeId(), k -> new AtomicInteger()).incrementAndGet();
                    if (attempt <= probe.failures()) {
                        return Uni.createFrom().failure(new IllegalStateException(
                                "attempt " + attempt + " of " + probe.probeId() + " fails"));
                    }
                    return Uni.createFrom().item((AfterCommit) () -> applied.add(probe.probeId()));
                })
                .build();
    }

    /** Methods, not fields: the test sees the bean through its client proxy. */
    public List<String> applied() {
        return applied;
    }

    public int attempts(String probeId) {
        AtomicInteger n = attempts.get(probeId);
        return n == null ? 0 : n.get();
    }

    @Incoming("probes")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message);
    }
}

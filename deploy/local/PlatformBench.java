import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The whole platform under a sustained call load, run by deploy/local/cc bench-platform against a running platform
 * (deploy/local/cc up --no-demo): PBX clients play call cycles (a new contact routed to an agent, answered, ended,
 * the agent ready again; a share of the calls end as complaints) at fixed arrival rates, one step per rate. Per step
 * it prints the cycles/s reached, the events/s routing produced, the HTTP latency, the lag of every consumer group
 * of call-events (ticket, quality, recognition) during the step and after it, and how long after the end of a
 * complaint call its ticket.created event is on ticket-events ("visible": committed and published by ticket-service).
 * A consumer keeps up at a rate when its lag at the end of the step is below two seconds of that step's events (the
 * services commit their offsets every second, so a consumer that is on time still shows up to a second of lag).
 * Then one step at the rate that makes routing produce --events-per-second (500 by default), for the ticket latency
 * at that load. A benchmark, not a test: the numbers depend on the machine.
 *
 *   deploy/local/cc bench-platform [--rates 20,40,80,120] [--seconds 20] [--agents 100] [--complaints 0.2]
 *                                  [--events-per-second 500]
 */
public class PlatformBench {

    static final String ROUTING = env("CC_ROUTING_URL", "http://127.0.0.1:8081");
    static final String KAFKA = env("CC_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    static final String ADMIN = System.getenv("CC_TOKEN_ADMIN");
    static final String PBX = System.getenv("CC_TOKEN_PBX");
    static final List<String> ROUTING_TOPICS = List.of("call-events", "agent-events");
    static final List<String> CONSUMER_GROUPS = List.of("ticket-service", "quality-service", "recognition-service");
    static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern AGENT = Pattern.compile("\"agentId\":\"([^\"]+)\"");
    static final Pattern CONTACT = Pattern.compile("\"contactId\":\"([^\"]+)\"");

    final String run = Long.toString(System.currentTimeMillis() % 10_000_000, 36);
    final double complaintShare;
    final Admin admin;
    /** Contact id -> when the PBX's end request for that complaint call was answered (ms). */
    final Map<String, Long> complaintEnds = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Long> ticketLatencies = new ConcurrentLinkedQueue<>();
    final AtomicBoolean stopping = new AtomicBoolean();
    final AtomicLong contactSeq = new AtomicLong();
    final AtomicLong servedCalls = new AtomicLong();

    PlatformBench(double complaintShare) {
        this.complaintShare = complaintShare;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        this.admin = Admin.create(p);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = new ArrayList<>();
        for (String r : arg(args, "--rates", "20,40,80,120").split(",")) {
            rates.add(Integer.parseInt(r.trim()));
        }
        int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
        int agents = Integer.parseInt(arg(args, "--agents", "100"));
        double complaints = Double.parseDouble(arg(args, "--complaints", "0.2"));
        int eventsPerSecond = Integer.parseInt(arg(args, "--events-per-second", "500"));
        PlatformBench bench = new PlatformBench(complaints);
        try {
            bench.run(rates, seconds, agents, eventsPerSecond);
        } finally {
            bench.stopping.set(true);
            bench.admin.close();
        }
        System.exit(0);
    }

    void run(List<Integer> rates, int seconds, int agentCount, int eventsPerSecond) throws Exception {
        System.out.printf("==> bench-platform: queue pbench, %d agents, %d s per step, %.0f%% of calls end as complaints%n",
                agentCount, seconds, complaintShare * 100);
        String queue = "{\"expression\":\"pbench>=1\",\"priority\":1,\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,"
                + "\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}";
        awaitChange(send("PUT", "/queues/pbench", ADMIN, queue).body());
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            String id = "pb-" + run + "-" + i;
            check(send("PUT", "/agents/" + id, ADMIN, "{\"name\":\"Bench " + i + "\",\"teamId\":\"pb-team-" + (i / 10)
                    + "\",\"hireDate\":\"2021-03-01\",\"skills\":{\"pbench\":1}}"));
            check(send("POST", "/agents/" + id + "/state", PBX, "{\"state\":\"AVAILABLE\"}"));
            agents.add(id);
        }
        Thread tickets = new Thread(this::watchTickets, "ticket-events");
        tickets.setDaemon(true);
        tickets.start();
        awaitDrained();

        System.out.printf("%8s %9s %9s %9s %8s %8s  %-32s %-32s %8s %8s %8s%n", "rate/s", "cycles/s", "events/s", "unserved",
                "p50 ms", "p99 ms", "max lag ticket/quality/recog", "lag at end", "drain s", "tkt p50", "tkt p99");
        List<Step> steps = new ArrayList<>();
        for (int rate : rates) {
            Step step = step(rate, seconds, agents);
            steps.add(step);
            step.print();
        }
        double eventsPerCycle = steps.stream().mapToDouble(s -> s.events / (double) Math.max(1, s.cycles.get())).average().orElse(6);
        int loadRate = (int) Math.round(eventsPerSecond / eventsPerCycle);
        System.out.printf(Locale.ROOT, "==> bench-platform: %.1f events per call cycle; %d events/s = %d cycles/s%n",
                eventsPerCycle, eventsPerSecond, loadRate);
        Step load = step(loadRate, Math.max(seconds, 30), agents);
        load.print();

        int sustained = steps.stream().filter(Step::keptUp).mapToInt(s -> s.rate).max().orElse(0);
        Step best = steps.stream().filter(Step::keptUp).max((a, b) -> Double.compare(a.cyclesPerSecond(), b.cyclesPerSecond()))
                .orElse(null);
        System.out.printf(Locale.ROOT, "sustained with every consumer keeping up: %s%n", best == null ? "none of the rates"
                : String.format(Locale.ROOT, "%.0f call cycles/s (%.0f events/s) at the %d/s step", best.cyclesPerSecond(),
                        best.eventsPerSecond(), sustained));
        System.out.printf(Locale.ROOT, "call ended -> ticket visible at %.0f events/s: p50 %.1f ms, p99 %.1f ms (%d tickets)%s%n",
                load.eventsPerSecond(), pct(load.ticketLatencies, 50), pct(load.ticketLatencies, 99),
                load.ticketLatencies.size(), load.keptUp() ? "" : " - the consumers did not keep up at this rate");
    }

    /** One rate for a while: cycles start on a fixed schedule (an open arrival process, as callers are). */
    Step step(int rate, int seconds, List<String> agents) throws Exception {
        Map<String, Long> before = endOffsets(ROUTING_TOPICS);
        ticketLatencies.clear();
        Step step = new Step(rate);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger started = new AtomicInteger();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        List<CompletableFuture<Void>> cycles = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            if (started.incrementAndGet() <= total) {
                cycles.add(cycle(step));
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        ScheduledExecutorService lagWatch = Executors.newSingleThreadScheduledExecutor();
        lagWatch.scheduleAtFixedRate(() -> step.sawLag(lag()), 1, 1, TimeUnit.SECONDS);
        while (started.get() < total) {
            Thread.sleep(50);
        }
        clock.shutdownNow();
        CompletableFuture.allOf(cycles.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        step.seconds = (System.nanoTime() - t0) / 1e9;
        lagWatch.shutdownNow();
        Map<String, Long> after = endOffsets(ROUTING_TOPICS);
        step.events = after.values().stream().mapToLong(Long::longValue).sum() - before.values().stream().mapToLong(Long::longValue).sum();
        step.lagAtEnd = lag();
        long drainStart = System.nanoTime();
        awaitDrained();
        step.drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        long deadline = System.currentTimeMillis() + 10_000;
        while (!complaintEnds.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        step.ticketsMissing = complaintEnds.size();
        complaintEnds.clear();
        step.ticketLatencies = new ArrayList<>(ticketLatencies);
        return step;
    }

    /** One caller: routed, answered, ended, the agent ready again (and serving a waiting caller it was given). */
    CompletableFuture<Void> cycle(Step step) {
        String contact = "pb-" + run + "-c" + contactSeq.incrementAndGet();
        long sent = System.nanoTime();
        return sendAsync("POST", "/contacts", PBX, "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"pbench\","
                + "\"customerId\":\"cust-" + contact + "\"}").thenCompose(routed -> {
                    step.latencies.add(System.nanoTime() - sent);
                    String agent = field(AGENT, routed.body());
                    if (routed.statusCode() >= 300 || agent == null) {
                        // nobody free: the caller hangs up, so no later step inherits a queue
                        step.unserved.incrementAndGet();
                        return sendAsync("POST", "/contacts/" + contact + "/abandon", PBX, "").thenApply(r -> null);
                    }
                    return serve(step, contact, agent);
                }).exceptionally(e -> {
                    step.failures.incrementAndGet();
                    return null;
                });
    }

    CompletableFuture<Void> serve(Step step, String contact, String agent) {
        // exactly the share of calls, spread evenly (a hash of the id is not: sequential ids hash to runs)
        long n = servedCalls.incrementAndGet();
        boolean complaint = Math.floor(n * complaintShare) != Math.floor((n - 1) * complaintShare);
        String end = "{\"disposition\":\"" + (complaint ? "COMPLAINT" : "RESOLVED") + "\",\"talkSeconds\":60,\"holdSeconds\":0}";
        return timed(step, "POST", "/contacts/" + contact + "/answer", "{\"agentId\":\"" + agent + "\"}")
                .thenCompose(a -> timed(step, "POST", "/contacts/" + contact + "/end", end))
                .thenCompose(e -> {
                    step.cycles.incrementAndGet();
                    if (complaint && e.statusCode() < 300) {
                        complaintEnds.put(contact, System.currentTimeMillis());
                    }
                    return timed(step, "POST", "/agents/" + agent + "/state", "{\"state\":\"AVAILABLE\"}");
                }).thenCompose(ready -> {
                    String offered = field(CONTACT, ready.body());
                    if (offered != null && ready.body().contains("\"state\":\"RESERVED\"")) {
                        return serve(step, offered, agent);
                    }
                    return CompletableFuture.completedFuture(null);
                });
    }

    CompletableFuture<HttpResponse<String>> timed(Step step, String method, String path, String body) {
        long sent = System.nanoTime();
        return sendAsync(method, path, PBX, body).thenApply(r -> {
            step.latencies.add(System.nanoTime() - sent);
            if (r.statusCode() >= 300) {
                step.failures.incrementAndGet();
            }
            return r;
        });
    }

    /** ticket.created events from now on, matched to the complaint calls this bench ended. */
    void watchTickets() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor("ticket-events").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Pattern source = Pattern.compile("\"sourceContactId\":\"([^\"]+)\"");
            while (!stopping.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type == null || !new String(type.value(), StandardCharsets.UTF_8).endsWith("ticket.created")) {
                        continue;
                    }
                    String contact = field(source, record.value());
                    Long ended = contact == null ? null : complaintEnds.remove(contact);
                    if (ended != null) {
                        ticketLatencies.add(System.currentTimeMillis() - ended);
                    }
                }
            }
        }
    }

    /** Unconsumed call-events per consumer group. */
    Map<String, Long> lag() {
        try {
            Map<String, Long> ends = endOffsets(List.of("call-events"));
            Map<String, Long> lags = new HashMap<>();
            for (String group : CONSUMER_GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                long lag = 0;
                for (Map.Entry<String, Long> end : ends.entrySet()) {
                    TopicPartition tp = partition(end.getKey());
                    OffsetAndMetadata at = committed.get(tp);
                    lag += end.getValue() - (at == null ? 0 : at.offset());
                }
                lags.put(group, lag);
            }
            return lags;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read consumer lag", e);
        }
    }

    void awaitDrained() throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (lag().values().stream().allMatch(l -> l == 0)) {
                return;
            }
            Thread.sleep(200);
        }
    }

    Map<String, Long> endOffsets(Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (var d : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<String, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get(10, TimeUnit.SECONDS)
                    .forEach((tp, info) -> ends.put(tp.topic() + "#" + tp.partition(), info.offset()));
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read end offsets", e);
        }
    }

    static TopicPartition partition(String key) {
        int hash = key.lastIndexOf('#');
        return new TopicPartition(key.substring(0, hash), Integer.parseInt(key.substring(hash + 1)));
    }

    /** What one rate did. */
    static final class Step {
        final int rate;
        final AtomicInteger cycles = new AtomicInteger();
        final AtomicInteger unserved = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final Map<String, Long> maxLag = new ConcurrentHashMap<>();
        double seconds;
        long events;
        Map<String, Long> lagAtEnd = Map.of();
        double drainSeconds;
        int ticketsMissing;
        List<Long> ticketLatencies = List.of();

        Step(int rate) {
            this.rate = rate;
        }

        void sawLag(Map<String, Long> lag) {
            lag.forEach((group, l) -> maxLag.merge(group, l, Math::max));
        }

        double cyclesPerSecond() {
            return cycles.get() / seconds;
        }

        double eventsPerSecond() {
            return events / seconds;
        }

        /** Every consumer's lag at the end of the step is under two seconds of the step's events. */
        boolean keptUp() {
            return lagAtEnd.values().stream().allMatch(l -> l < 2 * eventsPerSecond());
        }

        void print() {
            List<Long> nanos = new ArrayList<>(latencies);
            List<Long> micros = nanos.stream().map(n -> n / 1_000).toList();
            System.out.printf(Locale.ROOT, "%8d %9.1f %9.0f %9d %8.2f %8.2f  %-32s %-32s %8.1f %8.0f %8.0f%s%s%n", rate,
                    cyclesPerSecond(), eventsPerSecond(), unserved.get(), pct(micros, 50) / 1000, pct(micros, 99) / 1000,
                    groups(maxLag), groups(lagAtEnd), drainSeconds, pct(ticketLatencies, 50), pct(ticketLatencies, 99),
                    failures.get() > 0 ? "  " + failures.get() + " failed requests" : "",
                    ticketsMissing > 0 ? "  " + ticketsMissing + " tickets not seen" : "");
        }

        static String groups(Map<String, Long> lag) {
            StringBuilder s = new StringBuilder();
            for (String g : CONSUMER_GROUPS) {
                s.append(s.length() == 0 ? "" : " / ").append(lag.getOrDefault(g, 0L));
            }
            return s.toString();
        }
    }

    static void awaitChange(String accepted) throws Exception {
        String id = field(Pattern.compile("\"changeId\":\"([^\"]+)\""), accepted);
        if (id == null) {
            return;
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            String status = send("GET", "/queues/changes/" + id, ADMIN, null).body();
            if (!status.contains("\"status\":\"RUNNING\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("queue change " + id + " did not finish");
    }

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return HTTP.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String token, String body) {
        return HTTP.sendAsync(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(String method, String path, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ROUTING + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " " + r.body());
        }
    }

    static String field(Pattern p, String text) {
        Matcher m = p.matcher(text == null ? "" : text);
        return m.find() ? m.group(1) : null;
    }

    static double pct(Collection<Long> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

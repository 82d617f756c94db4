package io.contactcenter.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The whole platform with Kafka stopped for 60 s under traffic. The four packaged services run against
 * a broker of the test's own; calls are routed, answered and ended (a quarter of them complaints) all
 * along. While the broker is down routing keeps deciding (every request succeeds, readiness stays up,
 * the event backlog is visible in its metrics). After the broker returns, every event of every
 * committed decision is on call-events (a repeat only as a redelivery with the same ce_id) and the
 * consumers applied each once: one ticket per complaint call, one QA candidate per call, and the
 * praise-rate count of handled contacts equal to the calls handled.
 */
class BrokerOutageIT {

    static final Duration BEFORE = Duration.ofSeconds(10);
    static final Duration OUTAGE = Duration.ofSeconds(60);
    static final Duration AFTER = Duration.ofSeconds(10);
    static final int AGENTS = 8;
    static final int CLIENTS = 4;
    static final long PAUSE_MS = 50;
    static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    static final String REDIS_DB = "4";
    static final Pattern BACKLOG = Pattern.compile("(?m)^routing_event_backlog_entries(?:\\{[^}]*\\})? ([0-9.E+]+)");

    @Test
    void decisionsGoOnWhileKafkaIsDownAndEveryEventArrivesAndIsAppliedOnce() throws Exception {
        Path root = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/platform-it/target/platform-it");
        Files.createDirectories(work);
        String run = UUID.randomUUID().toString().substring(0, 6);
        String team = "it-team-" + run;
        String prefix = "out" + run + "-";
        for (String db : List.of("ticket_it", "quality_it", "recognition_it")) {
            sh("psql", "-w", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c",
                    "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            sh("psql", "-w", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c",
                    "CREATE DATABASE " + db + " OWNER contactcenter");
        }
        sh("redis-cli", "-n", REDIS_DB, "FLUSHDB");
        Path publicKey = work.resolve("jwt-public.pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            Files.write(publicKey, in.readAllBytes());
        }

        try (PrivateKafka kafka = new PrivateKafka(root, work.resolve("kafka-" + run))) {
            kafka.start();
            kafka.createTopics(topics(root));
            Map<String, String> common = Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
                    "mp.jwt.verify.publickey.location", publicKey.toString());
            List<ServiceProcess> services = new ArrayList<>();
            try {
                ServiceProcess routing = ServiceProcess.start(root, "routing-service", work, with(common,
                        "quarkus.redis.hosts", "redis://127.0.0.1:6379/" + REDIS_DB, "routing.partition", "it-" + run));
                services.add(routing);
                ServiceProcess tickets = ServiceProcess.start(root, "ticket-service", work, withDb(common, "ticket_it"));
                services.add(tickets);
                ServiceProcess quality = ServiceProcess.start(root, "quality-service", work, withDb(common, "quality_it"));
                services.add(quality);
                ServiceProcess recognition = ServiceProcess.start(root, "recognition-service", work,
                        with(withDb(common, "recognition_it"), "quarkus.redis.hosts",
                                "redis://127.0.0.1:6379/" + REDIS_DB));
                services.add(recognition);
                exercise(kafka, routing, tickets, quality, recognition, team, prefix);
            } finally {
                services.forEach(ServiceProcess::close);
            }
        }
    }

    private void exercise(PrivateKafka kafka, ServiceProcess routing, ServiceProcess tickets, ServiceProcess quality,
            ServiceProcess recognition, String team, String prefix) throws Exception {
        routing.call("PUT", "/queues/outage", "admin", "{\"expression\":\"outage>=1\",\"priority\":1,"
                + "\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}");
        for (int i = 0; i < AGENTS; i++) {
            String agent = prefix + "a-" + i;
            routing.call("PUT", "/agents/" + agent, "admin", "{\"name\":\"" + agent + "\",\"teamId\":\"" + team
                    + "\",\"hireDate\":\"2020-01-01\",\"skills\":{\"outage\":1}}");
            routing.call("POST", "/agents/" + agent + "/state", "pbx", "{\"state\":\"AVAILABLE\"}");
        }
        Map<String, String> ended = new ConcurrentHashMap<>(); // contact -> disposition
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger duringOutage = new AtomicInteger();
        AtomicBoolean outage = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String contact = prefix + "c-" + client + "-" + n;
                    boolean complaint = n % 4 == 0;
                    try {
                        String answer = routing.call("POST", "/contacts", "pbx", "{\"contactId\":\"" + contact
                                + "\",\"channel\":\"VOICE\",\"queueId\":\"outage\",\"intent\":\""
                                + (complaint ? "COMPLAINT" : "INQUIRY") + "\"}");
                        String agent = field(answer, "agentId");
                        if (agent == null) {
                            routing.call("POST", "/contacts/" + contact + "/abandon", "pbx", "");
                        } else {
                            routing.call("POST", "/contacts/" + contact + "/answer", "pbx",
                                    "{\"agentId\":\"" + agent + "\"}");
                            String disposition = complaint ? "COMPLAINT" : "RESOLVED";
                            routing.call("POST", "/contacts/" + contact + "/end", "pbx", "{\"disposition\":\""
                                    + disposition + "\",\"talkSeconds\":60,\"holdSeconds\":0}");
                            ended.put(contact, disposition);
                            try {
                                routing.call("POST", "/agents/" + agent + "/state", "pbx", "{\"state\":\"AVAILABLE\"}");
                            } catch (AssertionError tookAnotherContact) {
                                // 409: the wrap-up tick freed the agent and it took a waiting contact
                                if (!tookAnotherContact.getMessage().contains("-> 409")) {
                                    throw tookAnotherContact;
                                }
                            }
                        }
                        if (outage.get()) {
                            duringOutage.incrementAndGet();
                        }
                    } catch (AssertionError e) {
                        failures.incrementAndGet();
                        System.out.println("  request failed: " + e.getMessage());
                    }
                    Thread.sleep(PAUSE_MS);
                }
                return null;
            }));
        }
        Thread.sleep(BEFORE.toMillis());
        kafka.stop();
        outage.set(true);
        long outageStarted = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis() / 2);
        String ready = routing.call("GET", "/q/health/ready", "pbx", null);
        double backlog = backlog(routing);
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - outageStarted) / 1_000_000));
        double backlogAtEnd = backlog(routing);
        outage.set(false);
        kafka.start();
        Thread.sleep(AFTER.toMillis());
        stop.set(true);
        for (Future<?> f : clients) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long complaints = ended.values().stream().filter("COMPLAINT"::equals).count();
        System.out.printf("outage: %d calls ended (%d complaints), %d contacts served while Kafka was down, "
                + "backlog %.0f events after 30 s of outage, %.0f at its end, %d failed requests%n", ended.size(),
                complaints, duringOutage.get(), backlog, backlogAtEnd, failures.get());
        assertEquals(0, failures.get(), "routing requests failed while Kafka was down");
        assertTrue(duringOutage.get() > 100, "too little traffic during the outage: " + duringOutage.get());
        assertTrue(ended.size() > 100, "too few calls ended for the events to say anything: " + ended.size());
        assertTrue(ready.contains("\"UP\""), "readiness while Kafka is down: " + ready);
        assertTrue(backlogAtEnd > 0, "the event backlog should be visible while Kafka is down");

        // every event of every committed decision is on the topic, once (after dropping same-ce_id repeats)
        Map<String, List<String>> byContact = new HashMap<>();
        int[] repeats = { 0 };
        readCallEvents(kafka.bootstrap(), prefix, byContact, repeats, () -> ended.keySet().stream()
                .allMatch(c -> byContact.getOrDefault(c, List.of()).contains("contactcenter.call.ended")));
        int wrong = 0;
        for (String contact : ended.keySet()) {
            List<String> types = byContact.get(contact);
            if (!types.equals(List.of("contactcenter.call.routed", "contactcenter.call.answered",
                    "contactcenter.call.ended"))) {
                wrong++;
                System.out.println("  " + contact + ": " + types);
            }
        }
        assertEquals(0, wrong, "ended calls whose events are not exactly routed, answered, ended");

        // the consumers applied each event once
        Awaitility.await("one ticket per complaint call").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> number(tickets.call("GET", "/tickets?type=COMPLAINT&size=1", "supervisor", null), "total")
                        >= complaints);
        Awaitility.await("one QA candidate per call").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> candidates(quality, prefix) >= ended.size());
        Set<String> months = new TreeSet<>();
        months.add(YearMonth.now(CENTRE).toString());
        months.add(YearMonth.from(Instant.now().minus(Duration.ofMinutes(5)).atZone(CENTRE)).toString());
        Awaitility.await("praise-rate contacts equal to the calls handled").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).until(() -> handled(recognition, months, team) >= ended.size());
        Thread.sleep(3000); // anything applied twice would show up by now
        long ticketCount = number(tickets.call("GET", "/tickets?type=COMPLAINT&size=1", "supervisor", null), "total");
        long candidateCount = candidates(quality, prefix);
        long handledCount = handled(recognition, months, team);
        System.out.printf("outage: %d call events re-delivered with the same ce_id; tickets %d for %d complaint calls, "
                + "QA candidates %d and praise-rate contacts %d for %d calls%n", repeats[0], ticketCount, complaints,
                candidateCount, handledCount, ended.size());
        assertEquals(complaints, ticketCount, "tickets");
        assertEquals(ended.size(), candidateCount, "QA candidates");
        assertEquals(ended.size(), handledCount, "handled contacts in the praise rate");
        for (String contact : ended.keySet().stream().filter(c -> ended.get(c).equals("COMPLAINT")).limit(20).toList()) {
            assertEquals(1, number(tickets.call("GET", "/tickets?sourceContactId=" + contact, "supervisor", null),
                    "total"), contact);
        }
    }

    private static long candidates(ServiceProcess quality, String prefix) {
        long total = 0;
        for (int i = 0; i < AGENTS; i++) {
            total += number(quality.call("GET", "/qa/candidates?agentId=" + prefix + "a-" + i + "&size=1", "supervisor",
                    null), "total");
        }
        return total;
    }

    private static long handled(ServiceProcess recognition, Set<String> months, String team) {
        long total = 0;
        for (String month : months) {
            total += number(recognition.call("GET", "/praise-rates/" + month + "/teams/" + team, "supervisor", null),
                    "contacts");
        }
        return total;
    }

    /**
     * call-events of the test's contacts from the start of the topic, deduplicated by ce_id, until {@code done}
     * holds (within two minutes), then whatever else comes within three seconds (late repeats, if any).
     */
    private static void readCallEvents(String bootstrap, String prefix, Map<String, List<String>> byContact,
            int[] repeats, java.util.function.BooleanSupplier done) {
        Set<String> ids = new HashSet<>();
        int[] taken = { 0 };
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrap)) {
            ConsumerTask<String, String> records = kafka.consumeStrings().fromTopics(Set.of("call-events"),
                    r -> r.select().where(record -> record.key() != null && record.key().startsWith(prefix)));
            Runnable take = () -> {
                // a snapshot: the task's own list grows while the consumer thread receives
                List<ConsumerRecord<String, String>> all = List.copyOf(records.getRecords());
                for (ConsumerRecord<String, String> r : all.subList(taken[0], all.size())) {
                    if (!ids.add(TestEvents.header(r, "ce_id"))) {
                        repeats[0]++;
                        continue;
                    }
                    byContact.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(TestEvents.type(r));
                }
                taken[0] = all.size();
            };
            try {
                Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> {
                    take.run();
                    return done.getAsBoolean();
                });
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("not every ended call's events reached call-events within 2 minutes", e);
            }
            Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
                    .pollInterval(Duration.ofMillis(300)).until(() -> {
                        take.run();
                        return true;
                    });
            records.stop();
        }
    }

    private static double backlog(ServiceProcess routing) {
        Matcher m = BACKLOG.matcher(routing.call("GET", "/q/metrics", "pbx", null));
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** Topics and partitions as deploy/topics.conf lists them. */
    static Map<String, Integer> topics(Path root) throws IOException {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve("deploy/topics.conf"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && !f[0].startsWith("#") && f[1].matches("\\d+")) {
                topics.put(f[0], Integer.parseInt(f[1]));
            }
        }
        return topics;
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> out = new HashMap<>(base);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static Map<String, String> withDb(Map<String, String> base, String db) {
        return with(base, "quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/" + db,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + db);
    }

    private static void sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fan-out of routing-service's push streams, against a running platform, run by deploy/local/cc bench-push:
 * N SSE clients (500 by default) on the PBX's assignment stream (GET /contacts/assignments), then E calls
 * (200 by default) routed one after the other to 50 agents (offer, answer, end); every assignment reaches every
 * client. Per event it prints the fan-out latency (from the first client's receipt to each client's: what the
 * hub and the HTTP layer add per client, target p99 < 50 ms, seen from clients that share the machine's CPU),
 * the same as routing-service times it (routing_push_fanout_seconds, from the hub receiving the event to
 * its hand-over to each connection: the server's part alone) and the end-to-end latency (from the decision's
 * occurredAt to each client: relay, broker and feed included).
 * The agents pb-agent-* and queue pbench stay defined; `cc clean` removes them. With CC_BENCH_DEBUG set it
 * also lists each event that did not reach every client, and how many it reached.
 */
public class PushBench {

    static final String ROUTING = env("CC_ROUTING_URL", "http://127.0.0.1:8081");
    static final String ADMIN = System.getenv("CC_TOKEN_ADMIN");
    static final String PBX = System.getenv("CC_TOKEN_PBX");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Agents taking the calls in turn: after its call an agent is in wrap-up until the next tick (1 s). */
    static final int AGENTS = 50;
    /** SSE connections read by one HttpClient (its selector thread). */
    static final int CONNECTIONS_PER_RECEIVER = 50;
    static final Pattern AGENT_ID = Pattern.compile("\"agentId\":\"([^\"]+)\"");
    static final String QUEUE = "pbench";
    static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");

    /** Per event id: when each client received the assignment (ms), and the decision time. */
    static final Map<String, List<Long>> RECEIPTS = new ConcurrentHashMap<>();
    static final Map<String, Long> DECIDED = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(arg(args, "--clients", "500"));
        int events = Integer.parseInt(arg(args, "--events", "200"));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        send("PUT", "/queues/" + QUEUE, ADMIN, "{\"expression\":\"pbench>=1\",\"priority\":1,\"serviceLevelSeconds\":10,"
                + "\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}");
        Thread.sleep(1000); // the queue change re-places one agent at most
        for (int i = 0; i < AGENTS; i++) {
            send("PUT", "/agents/pb-agent-" + i, ADMIN, "{\"name\":\"Push bench\",\"teamId\":\"pb-team\","
                    + "\"hireDate\":\"2024-01-15\",\"skills\":{\"pbench\":1}}");
        }

        Map<Double, Long> bucketsBefore = fanOutBuckets();
        System.out.printf("==> bench-push: %d SSE clients on /contacts/assignments%n", clients);
        CountDownLatch open = new CountDownLatch(clients);
        AtomicInteger ended = new AtomicInteger();
        // one JDK HttpClient reads all its connections on one selector thread: a client per group of
        // connections, so the receiving side does not queue 500 reads behind each other
        List<HttpClient> receivers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            if (i % CONNECTIONS_PER_RECEIVER == 0) {
                receivers.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build());
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(ROUTING + "/contacts/assignments"))
                    .header("Authorization", "Bearer " + PBX).header("Accept", "text/event-stream").GET().build();
            receivers.get(receivers.size() - 1).sendAsync(request,
                    HttpResponse.BodyHandlers.fromLineSubscriber(new Client(open, ended)));
        }
        if (!open.await(60, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d clients connected%n", clients - open.getCount(), clients);
        }

        System.out.printf("==> bench-push: %d assignments, one after the other%n", events);
        for (int i = 0; i < AGENTS; i++) {
            try {
                send("POST", "/agents/pb-agent-" + i + "/state", PBX, "{\"state\":\"AVAILABLE\"}");
            } catch (IllegalStateException busy) {
                // 409: still reserved for a contact of an earlier run; it is free again after that offer
            }
        }
        for (int i = 0; i < events; i++) {
            String contact = "pb-" + run + "-" + i;
            String routed = send("POST", "/contacts", PBX, "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\","
                    + "\"queueId\":\"" + QUEUE + "\"}");
            Matcher agent = AGENT_ID.matcher(routed);
            if (!routed.contains("\"ROUTED\"") || !agent.find()) {
                continue; // queued: assigned (and pushed) when an agent's wrap-up ends
            }
            send("POST", "/contacts/" + contact + "/answer", PBX, "{\"agentId\":\"" + agent.group(1) + "\"}");
            send("POST", "/contacts/" + contact + "/end", PBX,
                    "{\"disposition\":\"RESOLVED\",\"talkSeconds\":1,\"holdSeconds\":0}");
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && complete(clients) < RECEIPTS.size()) {
            Thread.sleep(100);
        }

        List<Long> fanOut = new ArrayList<>();
        List<Long> endToEnd = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, List<Long>> e : RECEIPTS.entrySet()) {
            List<Long> times;
            synchronized (e.getValue()) {
                times = new ArrayList<>(e.getValue());
            }
            missing += clients - times.size();
            if (times.size() < clients && System.getenv("CC_BENCH_DEBUG") != null) {
                System.out.printf("  %s: %d of %d clients%n", e.getKey(), times.size(), clients);
            }
            long first = Collections.min(times);
            long decided = DECIDED.get(e.getKey());
            for (long t : times) {
                fanOut.add(t - first);
                endToEnd.add(t - decided);
            }
        }
        System.out.printf(Locale.ROOT, "events received: %d assignments x %d clients, %d deliveries missing, %d streams ended%n",
                RECEIPTS.size(), clients, missing, ended.get());
        System.out.printf(Locale.ROOT, "fan-out (first client -> each client): p50 %d ms, p99 %d ms, max %d ms (target p99 < 50 ms)%n",
                pct(fanOut, 50), pct(fanOut, 99), pct(fanOut, 100));
        System.out.printf(Locale.ROOT, "end-to-end (decision -> each client): p50 %d ms, p99 %d ms, max %d ms%n",
                pct(endToEnd, 50), pct(endToEnd, 99), pct(endToEnd, 100));
        Map<Double, Long> buckets = fanOutBuckets();
        buckets.replaceAll((le, count) -> count - bucketsBefore.getOrDefault(le, 0L));
        long handed = buckets.getOrDefault(Double.POSITIVE_INFINITY, 0L);
        System.out.printf(Locale.ROOT, "fan-out in routing-service (hub -> each connection, routing_push_fanout_seconds): "
                + "%d hand-overs, p50 <= %s ms, p99 <= %s ms (target p99 < 50 ms)%n", handed,
                bucketBound(buckets, handed, 0.50), bucketBound(buckets, handed, 0.99));
        System.exit(0);
    }

    static final Pattern FANOUT_BUCKET = Pattern.compile("^routing_push_fanout_seconds_bucket\\{([^}]*)} (\\S+)$",
            Pattern.MULTILINE);
    static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** The cumulative buckets (upper bound in s -> count) of the assignment stream's fan-out histogram. */
    static Map<Double, Long> fanOutBuckets() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ROUTING + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Map<Double, Long> buckets = new java.util.TreeMap<>();
        Matcher m = FANOUT_BUCKET.matcher(r.body());
        while (m.find()) {
            Matcher le = LE.matcher(m.group(1));
            if (!m.group(1).contains("stream=\"assignments\"") || !le.find()) {
                continue;
            }
            double bound = "+Inf".equals(le.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
            buckets.put(bound, (long) Double.parseDouble(m.group(2)));
        }
        return buckets;
    }

    /** The smallest bucket bound (ms) holding the share q of the hand-overs: the percentile is at most that. */
    static String bucketBound(Map<Double, Long> cumulative, long total, double q) {
        if (total == 0) {
            return "n/a";
        }
        for (Map.Entry<Double, Long> b : cumulative.entrySet()) {
            if (b.getValue() >= Math.ceil(q * total)) {
                return b.getKey().isInfinite() ? "inf" : String.format(Locale.ROOT, "%.1f", b.getKey() * 1000);
            }
        }
        return "inf";
    }

    static int complete(int clients) {
        return (int) RECEIPTS.values().stream().filter(l -> l.size() >= clients).count();
    }

    /** One SSE client: notes when each assignment's data line arrives. */
    static final class Client implements Flow.Subscriber<String> {
        private final CountDownLatch open;
        private final AtomicInteger ended;
        private String event;
        private String id;

        Client(CountDownLatch open, AtomicInteger ended) {
            this.open = open;
            this.ended = ended;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.currentTimeMillis();
            if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && "open".equals(event)) {
                open.countDown();
            } else if (line.startsWith("data:") && "call.routed".equals(event)) {
                Matcher o = OCCURRED.matcher(line);
                if (id != null && o.find()) {
                    DECIDED.putIfAbsent(id, Instant.parse(o.group(1)).toEpochMilli());
                    List<Long> times = RECEIPTS.computeIfAbsent(id, k -> new ArrayList<>());
                    synchronized (times) {
                        times.add(now);
                    }
                }
            } else if (line.isEmpty()) {
                event = null;
                id = null;
            }
        }

        @Override
        public void onError(Throwable t) {
            ended.incrementAndGet();
        }

        @Override
        public void onComplete() {
            ended.incrementAndGet();
        }
    }

    static String send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ROUTING + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}

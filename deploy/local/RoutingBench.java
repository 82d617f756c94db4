import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Routing benchmark: the same agent/contact cycle (a new contact is routed to an available agent,
 * answered, ended, and the agent asks for work again) driven twice for each center size:
 * through routing-service's HTTP API (load from wrk, a C client, so the load generator takes
 * little of the CPU the service needs; bench-cycle.lua), and straight at Redis with the
 * service's own Lua scripts (no HTTP, no JWT, no events), so the service's overhead is a ratio.
 * Prints decisions per second and latency percentiles of every request / script call.
 * A benchmark, not a test: numbers depend on the machine.
 *
 *   deploy/local/cc bench [--agents 100,1000,10000] [--seconds 10] [--clients 8] [--warmup 5]
 *
 * Needs a running routing-service (deploy/local/cc up --no-demo) and the tokens in the
 * environment (CC_TOKEN_ADMIN, CC_TOKEN_PBX; cc bench sets them).
 * It works in its own queue ("bench") with its own agents and leaves the rest of the center alone.
 */
public class RoutingBench {

    static final String ROUTING = env("CC_ROUTING_URL", "http://127.0.0.1:8081");
    static final String REDIS_HOST = env("CC_REDIS_HOST", "127.0.0.1");
    static final int REDIS_PORT = Integer.parseInt(env("CC_REDIS_PORT", "6379"));
    static final String ADMIN = System.getenv("CC_TOKEN_ADMIN");
    static final String PBX = System.getenv("CC_TOKEN_PBX");
    static final Path LUA = Path.of(env("CC_LUA_DIR", "routing-service/src/main/resources/lua"));
    static final Path SCRIPT_DIR = Path.of(env("CC_SCRIPT_DIR", "deploy/local"));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String PARTITION = env("CC_ROUTING_PARTITION", "main");
    static final String OFFSET_MINUTES = Integer.toString(ZoneId.of("Asia/Shanghai").getRules()
            .getOffset(java.time.Instant.now()).getTotalSeconds() / 60);
    static final String BACKLOG_BOUND = "500000";
    /** The service's defaults (routing.agent-lease, routing.missed-offers-before-not-ready), so the raw rate pays for leases too. */
    static final String AGENT_LEASE_MS = "120000";
    static final String MISSES_BEFORE_NOT_READY = "1";

    /** What one phase measured: the routing decisions (offer, agent ready), all requests, their latency (us). */
    record Result(String label, int agents, long decisions, long requests, double seconds, long p50, long p99,
            long max) {
        double decisionsPerSecond() {
            return decisions / seconds;
        }

        static Result of(String label, int agents, long decisions, long requests, double seconds, long[] sorted) {
            return new Result(label, agents, decisions, requests, seconds, at(sorted, 0.5), at(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }

        private static long at(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    /** One row of the final table: a result, where it ran, and what the service saw meanwhile. */
    record Row(String platform, Result result, String waits, String lag) {
    }

    static final String ALL = "all four services";
    static final String ALONE = "routing alone";

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(arg(args, "--agents", "100,10000,100000").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int seconds = Integer.parseInt(arg(args, "--seconds", "10"));
        int clients = Integer.parseInt(arg(args, "--clients", "8"));
        List<String> platforms = arg(args, "--platform", "both").equals("both") ? List.of(ALL, ALONE)
                : List.of(arg(args, "--platform", "both").equals("alone") ? ALONE : ALL);
        if (ADMIN == null || PBX == null) {
            throw new IllegalStateException("set CC_TOKEN_ADMIN and CC_TOKEN_PBX (cc bench does)");
        }
        Redis.Scripts scripts = Redis.Scripts.load();
        defineBenchQueue();
        abandonWaiting(scripts);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<Row> rows = new ArrayList<>();
        int registered = 0;
        int warmup = Integer.parseInt(arg(args, "--warmup", "5"));
        boolean consumersStopped = false;
        try {
            for (String platform : platforms) {
                if (platform.equals(ALONE) && System.getenv("CC_CONSUMERS_STOP") != null) {
                    System.out.println("==> bench: stopping ticket-, quality- and recognition-service");
                    shell(System.getenv("CC_CONSUMERS_STOP"));
                    consumersStopped = true;
                }
                if (platform.equals(ALL)) {
                    awaitConsumersCaughtUp();
                }
                if (warmup > 0) {
                    // JIT and connection pools warm up on an unmeasured run, so the first size is not penalised
                    System.out.printf("==> bench (%s): %d s warm-up (not measured)%n", platform, warmup);
                    registerAgents(registered, Math.max(registered, sizes[0]), clients);
                    registered = Math.max(registered, sizes[0]);
                    measureHttp(sizes[0], warmup, clients, run + "w" + rows.size(), 0);
                    measureRaw(sizes[0], warmup, clients, run + "w" + rows.size(), scripts);
                }
                for (int size : sizes) {
                    System.out.printf("==> bench (%s): %d agents in queue 'bench' (registering %d more)%n", platform,
                            size, Math.max(0, size - registered));
                    renewSessions(Math.min(registered, size), clients);
                    registerAgents(registered, size, clients);
                    registered = Math.max(registered, size);
                    String tag = run + (platform.equals(ALL) ? "a" : "o") + size;
                    Result peak = measureHttp(size, seconds, clients, tag + "h", 0);
                    String waits = waits();
                    String lag = platform.equals(ALL) ? lag() : "-";
                    rows.add(new Row(platform, peak, waits, lag));
                    // half the peak rate: each connection pauses between requests
                    double perConnection = peak.requests() / peak.seconds() / 2 / clients;
                    long pauseMs = Math.max(1, Math.round(1000 / perConnection - peak.p50() / 1000.0));
                    Result half = measureHttp(size, seconds, clients, tag + "q", pauseMs);
                    rows.add(new Row(platform, new Result("HTTP at half peak", size, half.decisions(), half.requests(),
                            half.seconds(), half.p50(), half.p99(), half.max()), waits(), "-"));
                    rows.add(new Row(platform, measureRaw(size, seconds, clients, tag + "r", scripts), "-", "-"));
                }
            }
        } finally {
            if (consumersStopped) {
                System.out.println("==> bench: starting ticket-, quality- and recognition-service again");
                shell(System.getenv("CC_CONSUMERS_START"));
            }
        }
        printTable(rows, sizes, clients, seconds);
        int stillOnACall = 0;
        for (int i = 0; i < registered; i++) {
            // leave the bench agents logged out; the few the clients left mid-call stay reserved in the bench queue
            try {
                finishContact("bench-" + i);
                send("POST", "/agents/bench-" + i + "/state", PBX, "{\"state\":\"LOGGED_OUT\"}");
            } catch (IllegalStateException midCall) {
                stillOnACall++;
            }
        }
        System.out.printf("bench agents logged out (%d left mid-call in queue 'bench')%n", stillOnACall);
    }

    static void printTable(List<Row> rows, int[] sizes, int clients, int seconds) {
        System.out.println();
        System.out.printf("Routing cycle: route a new contact, answer, end, agent ready again (%d concurrent clients, %d s each)%n",
                clients, seconds);
        System.out.println("decisions = routing decisions (new contact routed + agent ready); latency = each request / script call;");
        System.out.println("wait = arrival of a request to its script sent to Redis, p50/p99 (service's own timer);");
        System.out.println("lag = consumer lag on call-events right after the run (ticket / quality / recognition) and relay backlog");
        System.out.printf("%-18s %-8s %-20s %11s %10s %8s %8s %8s %15s  %s%n", "platform", "agents", "path",
                "decisions/s", "requests/s", "p50 ms", "p99 ms", "max ms", "wait p50/p99 ms", "lag");
        for (Row row : rows) {
            Result r = row.result();
            System.out.printf(Locale.ROOT, "%-18s %-8d %-20s %11.0f %10.0f %8.2f %8.2f %8.2f %15s  %s%n", row.platform(),
                    r.agents(), r.label(), r.decisionsPerSecond(), r.requests() / r.seconds(), r.p50() / 1000.0,
                    r.p99() / 1000.0, r.max() / 1000.0, row.waits(), row.lag());
        }
        for (String platform : List.of(ALL, ALONE)) {
            List<Row> mine = rows.stream().filter(r -> r.platform().equals(platform)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            for (int size : sizes) {
                Result http = find(mine, size, "HTTP API");
                Result raw = find(mine, size, "Redis scripts only");
                Result half = find(mine, size, "HTTP at half peak");
                System.out.printf(Locale.ROOT, "%s, %d agents: HTTP delivers %.0f%% of the scripts' raw decision rate; "
                        + "p99 at half the HTTP peak %.2f ms%n", platform, size,
                        100 * http.decisionsPerSecond() / raw.decisionsPerSecond(), half.p99() / 1000.0);
            }
            Result small = find(mine, sizes[0], "HTTP API");
            Result large = find(mine, sizes[sizes.length - 1], "HTTP API");
            System.out.printf(Locale.ROOT, "%s: HTTP p50 at %d agents is %.2f x the p50 at %d agents%n", platform,
                    sizes[sizes.length - 1], large.p50() / (double) Math.max(1, small.p50()), sizes[0]);
        }
    }

    static Result find(List<Row> rows, int agents, String label) {
        return rows.stream().map(Row::result).filter(r -> r.agents() == agents && r.label().equals(label)).findFirst()
                .orElseThrow();
    }

    /** Contacts an interrupted earlier run left waiting in the bench queue would be offered to the bench's agents. */
    static void abandonWaiting(Redis.Scripts scripts) throws Exception {
        try (Redis redis = new Redis(REDIS_HOST, REDIS_PORT)) {
            @SuppressWarnings("unchecked")
            List<Object> waiting = (List<Object>) redis.call("ZRANGE", Redis.key("queue:bench:arrivals"), "0", "-1");
            for (Object contact : waiting) {
                scripts.call(redis, scripts.abandon(), List.of(Redis.key("contact:" + contact)), contact.toString(), "3600");
            }
            if (!waiting.isEmpty()) {
                System.out.printf("==> bench: %d contacts an earlier run left waiting in 'bench' abandoned%n", waiting.size());
            }
        }
    }

    /** The bench queue, defined once (no agents are re-placed by a definition that did not change). */
    static void defineBenchQueue() throws Exception {
        String definition = "{\"expression\":\"bench>=1\",\"priority\":1,\"serviceLevelSeconds\":10,"
                + "\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}";
        if (!send("GET", "/queues", ADMIN, null).contains("\"bench\":")) {
            send("PUT", "/queues/bench", ADMIN, definition);
        }
    }

    /** arrival-to-script wait p50/p99 in ms, from the service's metrics (a 10 s window). */
    static String waits() throws Exception {
        String metrics = send("GET", "/q/metrics", PBX, null);
        return String.format(Locale.ROOT, "%.2f/%.2f", quantile(metrics, "routing_decision_wait_seconds", "0.5") * 1000,
                quantile(metrics, "routing_decision_wait_seconds", "0.99") * 1000);
    }

    static double quantile(String metrics, String name, String q) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "\\{[^}]*quantile=\"" + q
                + "\"[^}]*\\} ([0-9.Ee+-]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** Consumer lag of the three consuming services on call-events, and routing's own relay backlog. */
    static String lag() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", env("CC_KAFKA_BOOTSTRAP", "127.0.0.1:9092"));
        StringBuilder out = new StringBuilder();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            var partitions = admin.describeTopics(List.of("call-events")).allTopicNames().get().get("call-events")
                    .partitions().stream().map(i -> new org.apache.kafka.common.TopicPartition("call-events", i.partition()))
                    .toList();
            java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                    new java.util.HashMap<>();
            partitions.forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            for (String group : List.of("ticket-service", "quality-service", "recognition-service")) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                long lag = 0;
                for (var tp : partitions) {
                    var c = committed.get(tp);
                    lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
                }
                out.append(out.length() == 0 ? "" : " / ").append(lag);
            }
        }
        String metrics = send("GET", "/q/metrics", PBX, null);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^routing_event_backlog_entries(?:\\{[^}]*\\})? ([0-9.Ee+]+)")
                .matcher(metrics);
        return out + ", relay " + (m.find() ? String.format(Locale.ROOT, "%.0f", Double.parseDouble(m.group(1))) : "?");
    }

    /** Measuring the platform while its consumers work off an old backlog would measure the backlog. */
    static void awaitConsumersCaughtUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            String lag = lag();
            long total = Arrays.stream(lag.substring(0, lag.indexOf(',')).split(" / ")).mapToLong(Long::parseLong).sum();
            if (total < 1000 || System.nanoTime() > deadline) {
                System.out.printf("==> bench: consumer lag before measuring: %s%n", lag);
                return;
            }
            System.out.printf("==> bench: waiting for the consumers to catch up (lag %s)%n", lag);
            Thread.sleep(5000);
        }
    }

    static void shell(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    /** wrk stops mid-cycle: finish the contact a bench agent was left with, so it can log out. */
    static void finishContact(String agent) throws IOException, InterruptedException {
        String view = send("GET", "/agents/" + agent, PBX, null);
        java.util.regex.Matcher contact = java.util.regex.Pattern.compile("\"contactId\":\"([^\"]+)\"").matcher(view);
        if (!contact.find()) {
            return;
        }
        String id = contact.group(1);
        for (String[] step : new String[][] { { "/answer", "{\"agentId\":\"" + agent + "\"}" },
                { "/end", "{\"disposition\":\"RESOLVED\",\"talkSeconds\":60,\"holdSeconds\":0}" } }) {
            try {
                send("POST", "/contacts/" + id + step[0], PBX, step[1]);
            } catch (IllegalStateException alreadyPast) {
                // answered or ended already
            }
        }
    }

    /**
     * Agents registered for an earlier size have been idle for minutes: without a heartbeat their session
     * lease (routing.agent-lease, 120 s) lapses and they are logged out. Renewed before each measurement.
     */
    static void renewSessions(int count, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "bench-" + i;
            done.add(pool.submit(() -> {
                send("POST", "/agents/" + id + "/heartbeat", PBX, null);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    static void registerAgents(int from, int to, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String id = "bench-" + i;
            done.add(pool.submit(() -> {
                send("PUT", "/agents/" + id, ADMIN, "{\"name\":\"" + id + "\",\"teamId\":\"bench\",\"hireDate\":\"2020-01-01\","
                        + "\"skills\":{\"bench\":1}}");
                try {
                    send("POST", "/agents/" + id + "/state", PBX, "{\"state\":\"AVAILABLE\"}");
                } catch (IllegalStateException leftMidCallByAnEarlierRun) {
                    // 409: still on a contact an earlier bench left unfinished: finish it, then ready
                    finishContact(id);
                    try {
                        send("POST", "/agents/" + id + "/state", PBX, "{\"state\":\"AVAILABLE\"}");
                    } catch (IllegalStateException stillBusy) {
                        // it simply does not take part
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** wrk drives the cycle over HTTP, one connection per thread; bench-cycle.lua reports the counts. */
    static Result measureHttp(int agents, int seconds, int clients, String prefix, long pauseMs) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t", Integer.toString(clients), "-c", Integer.toString(clients),
                "-d", seconds + "s", "--timeout", "10s", "-s", SCRIPT_DIR.resolve("bench-cycle.lua").toString(), ROUTING,
                "--", prefix, Long.toString(pauseMs)).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        String line = output.substring(output.indexOf("RESULT "));
        long requests = field(line, "requests");
        double elapsed = field(line, "micros") / 1e6;
        Result r = new Result("HTTP API", agents, field(line, "decisions"), requests, elapsed, field(line, "p50"),
                field(line, "p99"), field(line, "max"));
        long failures = field(line, "failures");
        print(r);
        if (failures > 0) {
            System.out.printf("    (%d requests failed)%n", failures);
        }
        return r;
    }

    /** The same cycle straight at Redis; each client its own connection, every script call timed. */
    static Result measureRaw(int agents, int seconds, int clients, String prefix, Redis.Scripts scripts)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong decisions = new AtomicLong();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                Timer timer = new Timer();
                try (Redis redis = new Redis(REDIS_HOST, REDIS_PORT)) {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        String contact = "bench-" + prefix + "-" + client + "-" + i;
                        String agent = timer.time(() -> scripts.route(redis, contact));
                        if (agent == null) {
                            throw new IllegalStateException("contact " + contact + " was queued: no agent free");
                        }
                        timer.time(() -> scripts.call(redis, scripts.answer(), List.of(Redis.key("contact:" + contact),
                                Redis.key("agent:" + agent)), contact, agent));
                        timer.time(() -> scripts.call(redis, scripts.end(), List.of(Redis.key("contact:" + contact)),
                                contact, "3600", "RESOLVED", "60", "0"));
                        timer.time(() -> scripts.call(redis, scripts.ready(), List.of(Redis.key("agent:" + agent)), agent, ""));
                        decisions.addAndGet(2);
                    }
                }
                latencies.add(timer.values());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Result r = Result.of("Redis scripts only", agents, decisions.get(), all.length, elapsed, all);
        print(r);
        return r;
    }

    static void print(Result r) {
        System.out.printf(Locale.ROOT, "    %-20s %8.0f decisions/s, p50 %.2f ms, p99 %.2f ms%n", r.label(),
                r.decisionsPerSecond(), r.p50() / 1000.0, r.p99() / 1000.0);
    }

    static long field(String line, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=(\\d+)").matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in: " + line);
        }
        return Long.parseLong(m.group(1));
    }

    /** Latencies of one client, in microseconds. */
    static final class Timer {
        interface Call<T> {
            T run() throws IOException;
        }

        private long[] values = new long[1 << 16];
        private int n;

        <T> T time(Call<T> call) throws IOException {
            long t0 = System.nanoTime();
            T result = call.run();
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = (System.nanoTime() - t0) / 1000;
            return result;
        }

        long[] values() {
            return Arrays.copyOf(values, n);
        }
    }

    static String send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ROUTING + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Just enough RESP to run scripts: one connection per client, one command at a time. */
    static final class Redis implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Redis(String host, int port) {
            try {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream());
            } catch (IOException e) {
                throw new IllegalStateException("cannot reach Redis at " + host + ":" + port, e);
            }
        }

        Object call(String... args) throws IOException {
            StringBuilder cmd = new StringBuilder("*").append(args.length).append("\r\n");
            for (String a : args) {
                byte[] b = a.getBytes(StandardCharsets.UTF_8);
                cmd.append('$').append(b.length).append("\r\n").append(a).append("\r\n");
            }
            out.write(cmd.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read();
        }

        private Object read() throws IOException {
            int type = in.read();
            String line = line();
            switch (type) {
                case '+', ':' -> {
                    return line;
                }
                case '-' -> throw new IOException("Redis: " + line);
                case '$' -> {
                    int len = Integer.parseInt(line);
                    if (len < 0) {
                        return null;
                    }
                    byte[] b = in.readNBytes(len + 2);
                    return new String(b, 0, len, StandardCharsets.UTF_8);
                }
                case '*' -> {
                    int n = Integer.parseInt(line);
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        items.add(read());
                    }
                    return items;
                }
                default -> throw new IOException("unexpected RESP type " + (char) type);
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) != '\r') {
                sb.append((char) c);
            }
            in.read();
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }

        /** Keys of the default routing partition, as RoutingKeys names them. */
        static String key(String suffix) {
            return "cc:{" + PARTITION + "}:" + suffix;
        }

        /**
         * The service's own scripts (common.lua + the script), called as RoutingEngine calls them: the Redis
         * server's clock, the centre's offset, the partition's event shards and backlog bound, then the
         * script's arguments. Each call also appends its events to the partition's streams, as in the service.
         */
        record Scripts(String route, String answer, String end, String ready, String abandon, String shards) {
            static Scripts load() throws Exception {
                try (Redis redis = new Redis(REDIS_HOST, REDIS_PORT)) {
                    for (String name : List.of("route_contact", "answer_contact", "end_contact", "agent_ready",
                            "abandon_contact")) {
                        redis.call("SCRIPT", "LOAD", source(name));
                    }
                    Object shards = redis.call("GET", key("events:shards"));
                    return new Scripts(sha("route_contact"), sha("answer_contact"), sha("end_contact"),
                            sha("agent_ready"), sha("abandon_contact"), shards == null ? "4" : shards.toString());
                }
            }

            Object call(Redis redis, String sha, List<String> entityKeys, String... args) throws IOException {
                List<String> cmd = new ArrayList<>(List.of("EVALSHA", sha, Integer.toString(entityKeys.size() + 1),
                        key("clock")));
                cmd.addAll(entityKeys);
                cmd.addAll(List.of("", OFFSET_MINUTES, shards, BACKLOG_BOUND, AGENT_LEASE_MS, MISSES_BEFORE_NOT_READY));
                cmd.addAll(List.of(args));
                return redis.call(cmd.toArray(String[]::new));
            }

            String route(Redis redis, String contact) throws IOException {
                String answer = (String) call(redis, route, List.of(key("contact:" + contact)), contact, "bench",
                        "channel", "VOICE", "tier", "STANDARD", "intent", "INQUIRY", "direction", "INBOUND",
                        "customerId", "", "language", "", "callerNumber", "");
                java.util.regex.Matcher agent = java.util.regex.Pattern.compile("\"agentId\":\"([^\"]+)\"").matcher(answer);
                return answer.contains("\"outcome\":\"ROUTED\"") && agent.find() ? agent.group(1) : null;
            }

            private static String source(String name) throws IOException {
                return Files.readString(LUA.resolve("common.lua")) + "\n" + Files.readString(LUA.resolve(name + ".lua"));
            }

            private static String sha(String name) throws Exception {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                        .digest(source(name).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

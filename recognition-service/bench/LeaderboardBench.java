import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Leaderboard benchmark: loads a month's boards with N agents (default 50,000) through the
 * service's own praise script ({@code count_praise.lua}: the same keys, scores and tie rule as
 * production), then measures the three reads the API serves, issued exactly as the service issues
 * them:
 * <ul>
 * <li>top N: {@code ZRANGE board 0 N-1 REV WITHSCORES} (GET /leaderboards/monthly/{m}?top=N)</li>
 * <li>around me: {@code around.lua} with 5 agents each side (GET .../agents/{id})</li>
 * <li>agent rank: {@code around.lua} with 0 neighbours (GET .../agents/{id}?around=0)</li>
 * </ul>
 * first one request at a time (latency percentiles), then from several clients at once
 * (throughput). With {@code --url} it also measures the same reads through a running
 * recognition-service's HTTP API (JWT, REST, JSON) - that service must use the same Redis database.
 * A benchmark, not a test: numbers depend on the machine.
 *
 * <pre>
 *   java recognition-service/bench/LeaderboardBench.java [--agents 50000] [--samples 20000] [--top 50]
 *        [--clients 8] [--seconds 5] [--db 15] [--url http://127.0.0.1:8084 --token JWT]
 * </pre>
 *
 * Runs from the repository root against Redis on 127.0.0.1:6379 (CC_REDIS_HOST / CC_REDIS_PORT), in a
 * database of its own (default 15), which must be empty (or hold recognition keys only, with
 * {@code --fresh}); it is emptied again at the end.
 */
public class LeaderboardBench {

    static final String HOST = env("CC_REDIS_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("CC_REDIS_PORT", "6379"));
    static final Path LUA = Path.of(env("CC_LUA_DIR", "recognition-service/src/main/resources/lua"));
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** A month of its own, far from real data: May 2099 (quarter 2099-Q2). */
    static final String MONTH = "2099-05";
    static final String QUARTER = "2099-Q2";
    static final int AGENTS_PER_TEAM = 10;

    public static void main(String[] args) throws Exception {
        int agents = Integer.parseInt(arg(args, "--agents", "50000"));
        int samples = Integer.parseInt(arg(args, "--samples", "20000"));
        int top = Integer.parseInt(arg(args, "--top", "50"));
        int clients = Integer.parseInt(arg(args, "--clients", "8"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "5"));
        int db = Integer.parseInt(arg(args, "--db", "15"));
        String url = arg(args, "--url", null);
        String token = arg(args, "--token", System.getenv("CC_TOKEN"));

        try (Resp redis = new Resp(HOST, PORT, db)) {
            // The database is emptied at the end: refuse one that holds anything but recognition keys.
            @SuppressWarnings("unchecked")
            List<Object> sample = (List<Object>) ((List<Object>) redis.call("SCAN", "0", "COUNT", "1000")).get(1);
            for (Object key : sample) {
                if (!key.toString().startsWith("rec:")) {
                    throw new IllegalStateException("Redis database " + db + " holds other data (" + key
                            + "); give the benchmark a database of its own (--db N)");
                }
            }
            long existing = (Long) redis.call("DBSIZE");
            if (existing != 0 && !flag(args, "--fresh")) {
                throw new IllegalStateException("Redis database " + db + " holds " + existing
                        + " keys; the benchmark needs an empty one (--db N), or --fresh to empty it");
            }
            redis.call("FLUSHDB");
            String praiseSha = (String) redis.call("SCRIPT", "LOAD", Files.readString(LUA.resolve("count_praise.lua")));
            String aroundSha = (String) redis.call("SCRIPT", "LOAD", Files.readString(LUA.resolve("around.lua")));
            try {
                System.out.printf(Locale.ROOT, "Leaderboard benchmark: %,d agents (%d per team), month %s, Redis %s:%d db %d%n",
                        agents, AGENTS_PER_TEAM, MONTH, HOST, PORT, db);
                long before = Long.parseLong(info(redis, "used_memory"));
                load(redis, praiseSha, agents);
                String board = "rec:board:month:" + MONTH;
                long after = Long.parseLong(info(redis, "used_memory"));
                System.out.printf(Locale.ROOT, "  center board: %,d agents; %,d keys; Redis memory grew by %.1f MB%n",
                        (Long) redis.call("ZCARD", board), (Long) redis.call("DBSIZE"), (after - before) / 1e6);

                Random random = new Random(7);
                IntFunction<String> agent = i -> "bench-a" + i;
                List<Read> reads = List.of(
                        new Read("top " + top + " (center)", r -> r.call("ZRANGE", board, "0", Integer.toString(top - 1),
                                "REV", "WITHSCORES")),
                        new Read("around me (+-5, center)", r -> r.call("EVALSHA", aroundSha, "1", board,
                                agent.apply(random.nextInt(agents)), "5")),
                        new Read("agent rank (center)", r -> r.call("EVALSHA", aroundSha, "1", board,
                                agent.apply(random.nextInt(agents)), "0")),
                        new Read("top " + top + " (team)", r -> {
                            int a = random.nextInt(agents);
                            return r.call("ZRANGE", board + ":team:" + team(a), "0", Integer.toString(top - 1), "REV",
                                    "WITHSCORES");
                        }));

                System.out.printf(Locale.ROOT, "%nOne client, one read at a time (%,d samples each, after %,d warm-up)%n",
                        samples, samples / 5);
                System.out.printf(Locale.ROOT, "  %-26s %9s %9s %9s %9s %9s%n", "read", "p50 us", "p90 us", "p99 us",
                        "p99.9 us", "max us");
                for (Read read : reads) {
                    for (int i = 0; i < samples / 5; i++) {
                        read.call(redis);
                    }
                    long[] nanos = new long[samples];
                    for (int i = 0; i < samples; i++) {
                        long t0 = System.nanoTime();
                        read.call(redis);
                        nanos[i] = System.nanoTime() - t0;
                    }
                    printLatency(read.name(), nanos);
                }

                System.out.printf(Locale.ROOT, "%n%d clients at once, each its own connection, mixed reads (%d s)%n",
                        clients, seconds);
                concurrent(db, clients, seconds, reads);

                if (url != null) {
                    http(url, token, agents, top, samples);
                }
            } finally {
                redis.call("FLUSHDB");
            }
        }
    }

    record Read(String name, RespCall call) {
        Object call(Resp r) throws IOException {
            return call.apply(r);
        }
    }

    interface RespCall {
        Object apply(Resp r) throws IOException;
    }

    /**
     * Every agent gets 1 + an exponential number of praises (mean about 4, long tail), each at a random
     * second of the month, so ties are broken by the script's tie rule as in production.
     */
    static void load(Resp redis, String sha, int agents) throws IOException {
        Random random = new Random(42);
        Instant monthStart = LocalDate.parse(MONTH + "-01").atStartOfDay(ZONE).toInstant();
        Instant quarterStart = LocalDate.parse("2099-04-01").atStartOfDay(ZONE).toInstant();
        int monthSeconds = 31 * 86400;
        List<String[]> batch = new ArrayList<>();
        long praises = 0;
        long t0 = System.nanoTime();
        for (int a = 0; a < agents; a++) {
            String agent = "bench-a" + a;
            String team = team(a);
            int n = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3);
            for (int p = 0; p < n; p++) {
                Instant at = monthStart.plusSeconds(random.nextInt(monthSeconds));
                long tie = 9_999_999L - Duration.between(quarterStart, at).getSeconds();
                String praiseId = "bench-p" + a + "-" + p;
                String json = "{\"praiseId\":\"" + praiseId + "\",\"agentId\":\"" + agent + "\",\"teamId\":\"" + team
                        + "\",\"contactId\":null,\"source\":\"SURVEY\",\"comment\":null,\"occurredAt\":\"" + at
                        + "\",\"month\":\"" + MONTH + "\",\"outcome\":null}";
                // Keys and arguments exactly as PraiseCounter builds them (see RedisKeys).
                batch.add(new String[] { "EVALSHA", sha, "19",
                        "rec:seen:" + praiseId, "rec:agent:" + agent, "rec:total:month:" + MONTH,
                        "rec:history:" + agent, "rec:closed:" + MONTH, "rec:closed:" + QUARTER,
                        "rec:board:month:" + MONTH, "rec:board:quarter:" + QUARTER,
                        "rec:rate:" + MONTH + ":agents", "rec:rate:" + MONTH + ":teams", "rec:rate:" + MONTH + ":center",
                        "rec:board:month:" + MONTH + ":team:" + team, "rec:board:quarter:" + QUARTER + ":team:" + team,
                        "rec:agent-team:" + MONTH, "rec:agent-team:" + QUARTER,
                        "rec:team-agents:" + MONTH + ":" + team, "rec:team-agents:" + QUARTER + ":" + team,
                        "rec:team-praise:" + MONTH, "rec:team-praise:" + QUARTER,
                        "3600", agent, MONTH, Long.toString(tie), team, Long.toString(at.toEpochMilli()), json });
                praises++;
                if (batch.size() == 1000) {
                    redis.pipeline(batch);
                    batch.clear();
                }
            }
        }
        redis.pipeline(batch);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  loaded %,d praises through count_praise.lua (pipelined by 1,000) in %.1f s: %,.0f praises/s%n",
                praises, s, praises / s);
    }

    static String team(int agent) {
        return "bench-t" + agent / AGENTS_PER_TEAM;
    }

    static void concurrent(int db, int clients, int seconds, List<Read> reads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] nanos = new long[1 << 22];
                int n = 0;
                try (Resp r = new Resp(HOST, PORT, db)) {
                    while (System.nanoTime() < deadline && n < nanos.length) {
                        Read read = reads.get((n + client) % reads.size());
                        long t0 = System.nanoTime();
                        read.call(r);
                        nanos[n++] = System.nanoTime() - t0;
                    }
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        System.out.printf(Locale.ROOT, "  %,d reads in %d s: %,.0f reads/s%n", merged.length, seconds,
                merged.length / (double) seconds);
        System.out.printf(Locale.ROOT, "  %-26s %9s %9s %9s %9s %9s%n", "read", "p50 us", "p90 us", "p99 us",
                "p99.9 us", "max us");
        printLatency("mixed", merged);
    }

    /** The same reads through recognition-service's API: JWT check, REST, JSON, Redis. One request at a time. */
    static void http(String url, String token, int agents, int top, int samples) throws Exception {
        if (token == null) {
            throw new IllegalStateException("--url needs --token (or CC_TOKEN): deploy/local/cc token agent");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(11);
        List<String[]> paths = List.of(
                new String[] { "GET top " + top + " (center)", "/leaderboards/monthly/" + MONTH + "?top=" + top },
                new String[] { "GET around me (+-5)", "/leaderboards/monthly/" + MONTH + "/agents/" },
                new String[] { "GET agent rank", "/leaderboards/monthly/" + MONTH + "/agents/" });
        int n = Math.max(1000, samples / 4);
        System.out.printf(Locale.ROOT, "%nThrough the HTTP API at %s, one request at a time (%,d samples each)%n", url, n);
        System.out.printf(Locale.ROOT, "  %-26s %9s %9s %9s %9s %9s%n", "request", "p50 us", "p90 us", "p99 us",
                "p99.9 us", "max us");
        for (int k = 0; k < paths.size(); k++) {
            String[] p = paths.get(k);
            long[] nanos = new long[n];
            for (int i = -n / 5; i < n; i++) {
                String path = k == 0 ? p[1] : p[1] + "bench-a" + random.nextInt(agents) + (k == 2 ? "?around=0" : "");
                HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                        .header("Authorization", "Bearer " + token).GET().build();
                long t0 = System.nanoTime();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                if (k == 0 && i == 0 && !response.body().contains("bench-a")) {
                    throw new IllegalStateException("the service does not read the benchmark's Redis database: "
                            + response.body());
                }
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            printLatency(p[0], nanos);
        }
    }

    static void printLatency(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-26s %9.0f %9.0f %9.0f %9.0f %9.0f%n", name, us(sorted, 0.50), us(sorted, 0.90),
                us(sorted, 0.99), us(sorted, 0.999), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
    }

    static double us(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    static String info(Resp redis, String field) throws IOException {
        for (String line : ((String) redis.call("INFO", "memory")).split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        return "?";
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static boolean flag(String[] args, String name) {
        return Arrays.asList(args).contains(name);
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A minimal RESP2 client: one connection, commands as arrays of bulk strings, optional pipelining. */
    static final class Resp implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Resp(String host, int port, int db) throws IOException {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            call("SELECT", Integer.toString(db));
        }

        Object call(String... command) throws IOException {
            write(command);
            out.flush();
            return read();
        }

        void pipeline(List<String[]> commands) throws IOException {
            for (String[] c : commands) {
                write(c);
            }
            out.flush();
            for (int i = 0; i < commands.size(); i++) {
                read();
            }
        }

        private void write(String[] command) throws IOException {
            out.write(('*' + Integer.toString(command.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (String part : command) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                out.write(('$' + Integer.toString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.write('\r');
                out.write('\n');
            }
        }

        private Object read() throws IOException {
            int type = in.read();
            String line = line();
            switch (type) {
                case '+':
                    return line;
                case '-':
                    throw new IOException("Redis error: " + line);
                case ':':
                    return Long.parseLong(line);
                case '$': {
                    int length = Integer.parseInt(line);
                    if (length < 0) {
                        return null;
                    }
                    byte[] bytes = in.readNBytes(length + 2);
                    return new String(bytes, 0, length, StandardCharsets.UTF_8);
                }
                case '*': {
                    int count = Integer.parseInt(line);
                    List<Object> items = new ArrayList<>(Math.max(count, 0));
                    for (int i = 0; i < count; i++) {
                        items.add(read());
                    }
                    return items;
                }
                default:
                    throw new IOException("unexpected RESP type " + (char) type);
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                buffer.write(b);
            }
            in.read(); // '\n'
            return buffer.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}

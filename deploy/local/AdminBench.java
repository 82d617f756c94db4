import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Administration at centre scale, against a running platform (deploy/local/cc up --no-demo), run by
 * deploy/local/cc bench-admin:
 * <ol>
 * <li>a roster of N agents (100,000 by default) imported in files of 10,000: agents/s;</li>
 * <li>supervisors' agent lists with N agents registered (by team, state, queue, skill, deep pages): p50/p99;</li>
 * <li>a queue change that concerns every one of the N agents, applied while PBX clients keep routing calls on
 *     other agents: how long it takes, and routing latency before and during it.</li>
 * </ol>
 * The imported agents stay registered (logged out, in queue abench only); `cc clean` removes them.
 */
public class AdminBench {

    static final String ROUTING = env("CC_ROUTING_URL", "http://127.0.0.1:8081");
    static final String ADMIN = System.getenv("CC_TOKEN_ADMIN");
    static final String SUPERVISOR = System.getenv("CC_TOKEN_SUPERVISOR");
    static final String PBX = System.getenv("CC_TOKEN_PBX");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int FILE_ROWS = 10_000;
    static final int TEAM_SIZE = 10;
    static final int ROUTING_AGENTS = 16;

    public static void main(String[] args) throws Exception {
        int agents = Integer.parseInt(arg(args, "--agents", "100000"));
        int clients = Integer.parseInt(arg(args, "--clients", "8"));
        int lists = Integer.parseInt(arg(args, "--lists", "2000"));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

        System.out.printf("==> bench-admin: importing %d agents in files of %d%n", agents, FILE_ROWS);
        long started = System.nanoTime();
        int created = 0;
        for (int from = 0; from < agents; from += FILE_ROWS) {
            StringBuilder file = new StringBuilder("[");
            for (int i = from; i < Math.min(agents, from + FILE_ROWS); i++) {
                file.append(i == from ? "" : ",").append("{\"agentId\":\"ab-").append(i).append("\",\"name\":\"Agent ")
                        .append(i).append("\",\"teamId\":\"ab-team-").append(i / TEAM_SIZE)
                        .append("\",\"hireDate\":\"2024-01-15\",\"skills\":{\"abench\":").append(1 + i % 5)
                        .append(",\"abench-").append(i % 7).append("\":2}}");
            }
            String answer = send("POST", "/agents/import", ADMIN, file.append("]").toString(), "application/json");
            created += number(answer, "created") + number(answer, "updated") + number(answer, "unchanged");
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "import: %d agents in %.1f s = %.0f agents/s%n", created, importSeconds,
                created / importSeconds);

        // some agents in other states, so state filters have something to find
        for (int i = 0; i < 200; i++) {
            send("POST", "/agents/ab-" + (i * 37 % agents) + "/state", PBX, "{\"state\":\"NOT_READY\",\"reason\":\"break\"}",
                    "application/json");
        }
        String[] queries = { "", "team=ab-team-4242", "state=NOT_READY", "skill=abench-3", "team=ab-team-17&state=LOGGED_OUT",
                "state=LOGGED_OUT&skill=abench-5&page=40&size=50", "page=1500&size=50", "state=NOT_READY&skill=abench-1" };
        // one supervisor screen at a time, then many at once (on 2 cores the second mostly measures queueing)
        for (int listClients : new int[] { 1, clients }) {
            System.out.printf("==> bench-admin: %d agent lists, %d client(s), %d agents registered%n", lists, listClients,
                    agents);
            List<Long> listLatencies = timedCalls(lists, listClients, i -> send("GET", "/agents?" + queries[i % queries.length],
                    SUPERVISOR, null, null));
            System.out.printf(Locale.ROOT, "agent lists, %d client(s): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", listClients,
                    pct(listLatencies, 50), pct(listLatencies, 99), pct(listLatencies, 100));
        }

        System.out.printf("==> bench-admin: %d routing agents, PBX clients cycling calls%n", ROUTING_AGENTS);
        String route = "{\"expression\":\"abench-route>=1\",\"priority\":1,\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,"
                + "\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}";
        awaitChange(send("PUT", "/queues/abench-route", ADMIN, route, "application/json"));
        for (int i = 0; i < ROUTING_AGENTS; i++) {
            send("PUT", "/agents/abr-" + i, ADMIN, "{\"name\":\"r" + i + "\",\"teamId\":\"abr\",\"hireDate\":\"2020-01-01\","
                    + "\"skills\":{\"abench-route\":1}}", "application/json");
            send("POST", "/agents/abr-" + i + "/state", PBX, "{\"state\":\"AVAILABLE\"}", "application/json");
        }
        RoutingLoad load = new RoutingLoad(run, clients / 2 == 0 ? 1 : clients / 2);
        load.start();
        Thread.sleep(10_000);
        List<Long> before = load.drain();
        String queue = "{\"expression\":\"abench>=" + 1 + "\",\"priority\":1,\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,"
                + "\"wrapUpSeconds\":0,\"strategy\":\"MOST_SKILLED\"}";
        long changeStarted = System.nanoTime();
        String change = send("PUT", "/queues/abench-" + run, ADMIN, queue, "application/json");
        String done = awaitChange(change);
        double changeSeconds = (System.nanoTime() - changeStarted) / 1e9;
        List<Long> during = load.drain();
        load.stop();
        System.out.printf(Locale.ROOT, "queue change: %d of %d agents re-placed in %.1f s (%.0f agents/s), status %s%n",
                number(done, "agentsDone"), number(done, "agentsToCheck"), changeSeconds,
                number(done, "agentsDone") / changeSeconds, field(done, "status"));
        System.out.printf(Locale.ROOT, "routing before the change: %d requests, p50 %.2f ms, p99 %.2f ms%n", before.size(),
                pct(before, 50), pct(before, 99));
        System.out.printf(Locale.ROOT, "routing during the change: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                during.size(), pct(during, 50), pct(during, 99), pct(during, 100));
        for (int i = 0; i < ROUTING_AGENTS; i++) {
            try {
                send("POST", "/agents/abr-" + i + "/state", PBX, "{\"state\":\"LOGGED_OUT\"}", "application/json");
            } catch (IllegalStateException midCall) {
                // left on a call: stays in queue abench-route
            }
        }
    }

    /** PBX clients: each routes a call to the routing agents, answers and ends it; latency per request. */
    static final class RoutingLoad {
        private final String run;
        private final int clients;
        private final AtomicBoolean stop = new AtomicBoolean();
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();

        RoutingLoad(String run, int clients) {
            this.run = run;
            this.clients = clients;
        }

        void start() {
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        String contact = "abc-" + run + "-" + client + "-" + n;
                        try {
                            String answer = timed(() -> send("POST", "/contacts", PBX, "{\"contactId\":\"" + contact
                                    + "\",\"channel\":\"VOICE\",\"queueId\":\"abench-route\"}", "application/json"));
                            String agent = field(answer, "agentId");
                            if (agent == null) {
                                timed(() -> send("POST", "/contacts/" + contact + "/abandon", PBX, null, null));
                                continue;
                            }
                            timed(() -> send("POST", "/contacts/" + contact + "/answer", PBX,
                                    "{\"agentId\":\"" + agent + "\"}", "application/json"));
                            timed(() -> send("POST", "/contacts/" + contact + "/end", PBX,
                                    "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", "application/json"));
                            try {
                                timed(() -> send("POST", "/agents/" + agent + "/state", PBX, "{\"state\":\"AVAILABLE\"}",
                                        "application/json"));
                            } catch (IllegalStateException tookAnotherCall) {
                                // 409: the tick ended its after-call work and it took a waiting call
                            }
                        } catch (Exception e) {
                            // counted by its absence; the next call goes on
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
        }

        private String timed(java.util.concurrent.Callable<String> call) throws Exception {
            long t0 = System.nanoTime();
            String answer = call.call();
            latencies.add(System.nanoTime() - t0);
            return answer;
        }

        List<Long> drain() {
            synchronized (latencies) {
                List<Long> out = new ArrayList<>(latencies);
                latencies.clear();
                return out;
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            for (Thread t : threads) {
                t.join(30_000);
            }
        }
    }

    interface Call {
        String run(int i) throws Exception;
    }

    static List<Long> timedCalls(int count, int clients, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                call.run(n);
                return System.nanoTime() - t0;
            }));
        }
        List<Long> out = new ArrayList<>();
        for (Future<Long> f : done) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    /** Polls the change named in a 202 answer until it is no longer RUNNING; its last state. */
    static String awaitChange(String accepted) throws Exception {
        String id = field(accepted, "changeId");
        while (true) {
            String change = send("GET", "/queues/changes/" + id, SUPERVISOR, null, null);
            if (!"RUNNING".equals(field(change, "status"))) {
                return change;
            }
            Thread.sleep(200);
        }
    }

    static double pct(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static String send(String method, String path, String token, String body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ROUTING + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token);
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static int number(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
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
        return v == null || v.isEmpty() ? fallback : v;
    }
}

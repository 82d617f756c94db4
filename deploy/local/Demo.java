import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local demo: registers a small center (20 agents, 3 teams), plays about a minute of IVR
 * traffic against the running services (the PBX side, the agent desktops and the post-call
 * survey), then reads back what each service recorded and prints a manager's summary.
 *
 * Run by `deploy/local/cc demo` (java single-file launch, Jackson from the Kafka jars):
 *   java -cp '.local/kafka/lib/*' deploy/local/Demo.java [--seconds 60] [--rate 1.7] [--seed 7]
 * Tokens come from the environment: CC_TOKEN_PBX, CC_TOKEN_ADMIN, CC_TOKEN_SUPERVISOR. The desktops' state changes
 * go through the PBX token here (the phone reports for its agent); a real desktop uses the agent's own token.
 * Times are real: calls last seconds, not minutes, so a minute shows a busy hour's shape.
 */
public class Demo {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ROUTING = env("CC_ROUTING_URL", "http://127.0.0.1:8081");
    static final String TICKET = env("CC_TICKET_URL", "http://127.0.0.1:8082");
    static final String QUALITY = env("CC_QUALITY_URL", "http://127.0.0.1:8083");
    static final String RECOGNITION = env("CC_RECOGNITION_URL", "http://127.0.0.1:8084");
    static final String PBX = System.getenv("CC_TOKEN_PBX");
    static final String ADMIN = System.getenv("CC_TOKEN_ADMIN");
    static final String SUPERVISOR = System.getenv("CC_TOKEN_SUPERVISOR");

    record AgentSpec(String id, String name, String team, Map<String, Integer> skills) {
    }

    record CallerProfile(String intent, String language, String tier) {
    }

    static final AtomicInteger offered = new AtomicInteger();
    static final AtomicInteger routedAtOnce = new AtomicInteger();
    static final AtomicInteger queued = new AtomicInteger();
    static final AtomicInteger answered = new AtomicInteger();
    static final AtomicInteger ended = new AtomicInteger();
    static final AtomicInteger abandoned = new AtomicInteger();
    static final AtomicInteger surveys = new AtomicInteger();
    static final AtomicInteger praises = new AtomicInteger();
    static final AtomicInteger httpErrors = new AtomicInteger();
    static final Map<String, Boolean> open = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        int seconds = intArg(args, "--seconds", 60);
        double rate = Double.parseDouble(arg(args, "--rate", "1.7"));
        long seed = Long.parseLong(arg(args, "--seed", Long.toString(System.currentTimeMillis())));
        if (PBX == null || ADMIN == null || SUPERVISOR == null) {
            throw new IllegalStateException("set CC_TOKEN_PBX, CC_TOKEN_ADMIN and CC_TOKEN_SUPERVISOR");
        }
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Random random = new Random(seed);

        // Consumers may still be catching up on older events (an earlier run): start from a still picture.
        System.out.println("==> demo: waiting until the services have caught up with earlier events");
        Map<String, JsonNode> before = settle();
        List<AgentSpec> center = center();
        System.out.printf("==> demo: registering %d agents in 3 teams (run %s)%n", center.size(), run);
        for (AgentSpec a : center) {
            call("PUT", ROUTING + "/agents/" + a.id(), ADMIN, Map.of("name", a.name(), "teamId", a.team(),
                    "teamLeaderId", "tl-" + a.team(), "hireDate", "2025-03-01", "skills", a.skills()));
        }
        printCenter(center);

        AtomicBoolean trafficOver = new AtomicBoolean();
        ExecutorService desks = Executors.newFixedThreadPool(center.size());
        for (AgentSpec a : center) {
            long agentSeed = random.nextLong();
            desks.submit(() -> agentDesk(a, new Random(agentSeed), trafficOver));
        }
        ScheduledExecutorService pbx = Executors.newScheduledThreadPool(16);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        progress.scheduleAtFixedRate(() -> printProgress(start), 5, 5, TimeUnit.SECONDS);

        System.out.printf("==> demo: %d s of IVR traffic, about %.1f calls/s%n", seconds, rate);
        int n = 0;
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String contactId = "demo-" + run + "-" + (++n);
            CallerProfile caller = pickCaller(random);
            int patienceSeconds = 6 + random.nextInt(30);
            pbx.submit(() -> newCall(contactId, caller, patienceSeconds, pbx));
            Thread.sleep(Math.max(20, (long) (-Math.log(1 - random.nextDouble()) / rate * 1000)));
        }
        System.out.println("==> demo: traffic over; letting the calls in progress finish");
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (!open.isEmpty() && System.nanoTime() < drainDeadline) {
            Thread.sleep(500);
        }
        trafficOver.set(true);
        desks.shutdown();
        desks.awaitTermination(30, TimeUnit.SECONDS);
        pbx.shutdownNow();
        progress.shutdownNow();
        long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        System.out.println("==> demo: waiting for tickets, QA picks and praise to arrive through Kafka");
        Map<String, JsonNode> after = settle();
        printSummary(before, after, center, elapsed);
    }

    /** The PBX side of one call: hand it over, and hang up if nobody answers within the caller's patience. */
    static void newCall(String contactId, CallerProfile caller, int patienceSeconds, ScheduledExecutorService pbx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contactId", contactId);
        body.put("channel", "VOICE");
        body.put("callerNumber", "+86138" + String.format("%08d", Math.abs(contactId.hashCode()) % 100_000_000));
        body.put("customerId", "cust-" + Math.abs(contactId.hashCode() % 5000));
        body.put("customerTier", caller.tier());
        body.put("intent", caller.intent());
        body.put("language", caller.language());
        open.put(contactId, true);
        JsonNode answer = call("POST", ROUTING + "/contacts", PBX, body);
        offered.incrementAndGet();
        if (answer == null) {
            open.remove(contactId);
            return;
        }
        if ("QUEUED".equals(answer.path("outcome").asText())) {
            queued.incrementAndGet();
            pbx.schedule(() -> {
                JsonNode now = call("GET", ROUTING + "/contacts/" + contactId, PBX, null);
                if (now != null && "QUEUED".equals(now.path("state").asText())) {
                    JsonNode gone = callQuietly("POST", ROUTING + "/contacts/" + contactId + "/abandon", PBX, null);
                    if (gone != null && "ABANDONED".equals(gone.path("state").asText())) {
                        abandoned.incrementAndGet();
                        open.remove(contactId);
                    }
                }
            }, patienceSeconds, TimeUnit.SECONDS);
        } else {
            routedAtOnce.incrementAndGet();
        }
    }

    /** An agent desktop: take offered contacts, talk, wrap up, fill the survey, go ready again. */
    static void agentDesk(AgentSpec agent, Random random, AtomicBoolean trafficOver) {
        try {
            JsonNode view = call("POST", ROUTING + "/agents/" + agent.id() + "/state", PBX, Map.of("state", "AVAILABLE"));
            while (!trafficOver.get()) {
                if (view != null && "RESERVED".equals(view.path("state").asText()) && view.hasNonNull("contactId")) {
                    view = handle(agent, view.path("contactId").asText(), random);
                    continue;
                }
                Thread.sleep(250);
                view = call("GET", ROUTING + "/agents/" + agent.id(), PBX, null);
                if (view != null && "NOT_READY".equals(view.path("state").asText())) {
                    view = call("POST", ROUTING + "/agents/" + agent.id() + "/state", PBX, Map.of("state", "AVAILABLE"));
                }
            }
            callQuietly("POST", ROUTING + "/agents/" + agent.id() + "/state", PBX,
                    Map.of("state", "LOGGED_OUT", "reason", "end of shift"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static JsonNode handle(AgentSpec agent, String contactId, Random random) throws InterruptedException {
        Thread.sleep(400 + random.nextInt(1200)); // ringing
        JsonNode contact = callQuietly("POST", ROUTING + "/contacts/" + contactId + "/answer", PBX,
                Map.of("agentId", agent.id()));
        if (contact == null) { // the caller hung up while it rang
            return call("GET", ROUTING + "/agents/" + agent.id(), PBX, null);
        }
        answered.incrementAndGet();
        double talk = 4 + random.nextInt(12) + random.nextDouble();
        Thread.sleep((long) (talk * 1000));
        String disposition = disposition(contact.path("intent").asText(), random);
        call("POST", ROUTING + "/contacts/" + contactId + "/end", PBX,
                Map.of("disposition", disposition, "talkSeconds", round(talk), "holdSeconds", 0));
        ended.incrementAndGet();
        open.remove(contactId);
        if (random.nextDouble() < 0.45) {
            survey(agent, contactId, disposition, random);
        }
        Thread.sleep(800 + random.nextInt(1500)); // after-call work, then "ready"
        if (random.nextDouble() < 0.05) {
            call("POST", ROUTING + "/agents/" + agent.id() + "/state", PBX, Map.of("state", "NOT_READY", "reason", "break"));
            Thread.sleep(3000);
        }
        return call("POST", ROUTING + "/agents/" + agent.id() + "/state", PBX, Map.of("state", "AVAILABLE"));
    }

    /** The IVR's post-call survey: satisfaction 1-5, and now and then a customer who praises the agent. */
    static void survey(AgentSpec agent, String contactId, String disposition, Random random) {
        boolean unhappy = disposition.equals("COMPLAINT") || disposition.equals("FAULT");
        int satisfaction = unhappy ? 1 + random.nextInt(4) : 3 + random.nextInt(3);
        boolean praise = satisfaction == 5 && random.nextDouble() < 0.6;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("surveyId", "survey-" + contactId);
        body.put("contactId", contactId);
        body.put("agentId", agent.id());
        body.put("teamId", agent.team());
        body.put("satisfaction", satisfaction);
        body.put("resolved", !unhappy || random.nextBoolean());
        body.put("praise", praise);
        body.put("comment", praise ? "The agent was patient and solved it at once" : null);
        if (call("POST", QUALITY + "/surveys", PBX, body) != null) {
            surveys.incrementAndGet();
            if (praise) {
                praises.incrementAndGet();
            }
        }
    }

    static String disposition(String intent, Random random) {
        double r = random.nextDouble();
        return switch (intent) {
            case "COMPLAINT" -> r < 0.75 ? "COMPLAINT" : "RESOLVED";
            case "FAULT" -> r < 0.5 ? "FAULT" : "RESOLVED";
            case "TRANSACTION" -> r < 0.15 ? "REQUEST" : "RESOLVED";
            default -> r < 0.03 ? "COMPLAINT" : r < 0.5 ? "INFORMATION" : "RESOLVED";
        };
    }

    static CallerProfile pickCaller(Random random) {
        String tier = random.nextDouble() < 0.1 ? "VIP" : "STANDARD";
        double r = random.nextDouble();
        if (r < 0.08) {
            return new CallerProfile("INQUIRY", "en", tier);
        }
        String intent = r < 0.45 ? "INQUIRY" : r < 0.65 ? "TRANSACTION" : r < 0.80 ? "FAULT" : r < 0.85 ? "TECH_SUPPORT"
                : "COMPLAINT";
        return new CallerProfile(intent, random.nextDouble() < 0.2 ? "yue" : "zh", tier);
    }

    /** 20 agents: two generalist teams and an expert team (complaints, English, VIP). */
    static List<AgentSpec> center() {
        List<AgentSpec> agents = new ArrayList<>();
        String[] north = { "Li Na", "Wang Wei", "Zhang Min", "Liu Yang", "Chen Jing", "Yang Fan", "Zhao Lei" };
        String[] south = { "Huang Qian", "Zhou Tao", "Wu Xia", "Xu Ming", "Sun Li", "Ma Jun", "Hu Ying" };
        String[] care = { "Guo Hua", "He Mei", "Lin Feng", "Luo Yu", "Zheng Hao", "Liang Xin" };
        int n = 0;
        for (int i = 0; i < north.length; i++) {
            agents.add(new AgentSpec(String.format("agent-%02d", ++n), north[i], "team-north",
                    Map.of("lang:zh", 3 + i % 3, "billing", 2 + i % 3, "tech", i % 2 == 0 ? 2 : 1)));
        }
        for (int i = 0; i < south.length; i++) {
            agents.add(new AgentSpec(String.format("agent-%02d", ++n), south[i], "team-south",
                    Map.of("lang:zh", 3 + i % 2, "lang:yue", 3 + i % 3, "tech", 2 + i % 3, "complaints", 2 + i % 2)));
        }
        for (int i = 0; i < care.length; i++) {
            agents.add(new AgentSpec(String.format("agent-%02d", ++n), care[i], "team-care",
                    Map.of("lang:zh", 4, "lang:en", 2 + i % 3, "complaints", 3 + i % 3, "billing", 3, "vip", 1)));
        }
        return agents;
    }

    static void printCenter(List<AgentSpec> center) {
        Map<String, List<String>> byTeam = new LinkedHashMap<>();
        for (AgentSpec a : center) {
            byTeam.computeIfAbsent(a.team(), t -> new ArrayList<>()).add(a.id());
        }
        byTeam.forEach((team, ids) -> System.out.printf("    %-10s %d agents  %s%n", team, ids.size(),
                center.stream().filter(a -> a.team().equals(team)).findFirst().map(a -> a.skills().keySet().toString())
                        .orElse("")));
    }

    static void printProgress(long start) {
        JsonNode stats = call("GET", ROUTING + "/queues/stats", SUPERVISOR, null);
        long waiting = stats == null ? -1 : stats.path("waiting").asLong();
        long available = stats == null ? -1 : stats.path("agentsByState").path("AVAILABLE").asLong();
        long busy = stats == null ? -1 : stats.path("agentsByState").path("BUSY").asLong()
                + stats.path("agentsByState").path("RESERVED").asLong();
        System.out.printf("    t=%3ds  offered %3d  answered %3d  ended %3d  abandoned %2d  waiting %2d  agents idle %2d busy %2d%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), offered.get(), answered.get(), ended.get(),
                abandoned.get(), waiting, available, busy);
    }

    static Map<String, JsonNode> snapshot() {
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        Map<String, JsonNode> s = new LinkedHashMap<>();
        s.put("queues", call("GET", ROUTING + "/queues/stats", SUPERVISOR, null));
        s.put("tickets", call("GET", TICKET + "/tickets/summary", SUPERVISOR, null));
        s.put("qa", call("GET", QUALITY + "/qa/summary", SUPERVISOR, null));
        s.put("surveys", call("GET", QUALITY + "/surveys/summary", SUPERVISOR, null));
        s.put("praise", call("GET", RECOGNITION + "/praise/summary?month=" + month, SUPERVISOR, null));
        return s;
    }

    /** Downstream services consume asynchronously: wait until their figures stop moving. */
    static Map<String, JsonNode> settle() throws InterruptedException {
        Map<String, JsonNode> last = snapshot();
        for (int i = 0; i < 40; i++) {
            Thread.sleep(1500);
            Map<String, JsonNode> now = snapshot();
            if (now.toString().equals(last.toString()) && i >= 1) {
                return now;
            }
            last = now;
        }
        return last;
    }

    static void printSummary(Map<String, JsonNode> before, Map<String, JsonNode> after, List<AgentSpec> center,
            long seconds) {
        int agents = center.size();
        JsonNode t0 = before.get("queues").path("today");
        JsonNode t1 = after.get("queues").path("today");
        long offeredRun = diff(t1, t0, "offered");
        long answeredRun = diff(t1, t0, "answered");
        long inSl = diff(t1, t0, "answeredWithinThreshold");
        long abandonedRun = diff(t1, t0, "abandoned");
        double waitBefore = t0.path("waitMsTotal").asLong() / 1000.0;
        double waitAfter = t1.path("waitMsTotal").asLong() / 1000.0;
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.printf(" Demo summary: %d agents, %d s of traffic (figures read back from the services)%n", agents,
                seconds);
        System.out.println(line);
        System.out.println(" routing-service (Redis)");
        System.out.printf("   Calls offered .................. %d  (%d connected at once, %d queued first)%n", offeredRun,
                routedAtOnce.get(), queued.get());
        System.out.printf("   Answered ....................... %d%n", answeredRun);
        System.out.printf("   Abandoned ...................... %d  (%s of offered)%n", abandonedRun,
                pct(abandonedRun, offeredRun));
        System.out.printf("   Service level .................. %s answered within 10 s  (target 90%%)%n",
                pct(inSl, answeredRun));
        System.out.printf("   Average speed of answer ........ %s%n",
                answeredRun == 0 ? "-" : String.format(Locale.ROOT, "%.1f s", (waitAfter - waitBefore) / answeredRun));
        System.out.println("   Per queue                        offered  answered  abandoned  service level");
        JsonNode queues0 = before.get("queues").path("queues");
        int i = 0;
        for (JsonNode q : after.get("queues").path("queues")) {
            JsonNode q0 = queues0.path(i++).path("today");
            JsonNode q1 = q.path("today");
            long o = diff(q1, q0, "offered");
            long a = diff(q1, q0, "answered");
            if (o == 0) {
                continue;
            }
            System.out.printf("     %-30s %7d  %8d  %9d  %13s%n", q.path("queueId").asText(), o, a,
                    diff(q1, q0, "abandoned"), pct(diff(q1, q0, "answeredWithinThreshold"), a));
        }
        System.out.println(" ticket-service (PostgreSQL, from call-events)");
        System.out.printf("   Tickets opened from calls ...... %d  (complaint, fault and request dispositions)%n",
                diff(after.get("tickets"), before.get("tickets"), "openedFromCalls"));
        System.out.println(" quality-service (PostgreSQL, from call-events and surveys)");
        System.out.printf("   Calls recorded as QA candidates  %d, picked for QA: %d (complaints, low surveys, weekly quotas)%n",
                diff(after.get("qa"), before.get("qa"), "candidates"), diff(after.get("qa"), before.get("qa"), "selected"));
        System.out.printf("   Surveys answered ............... %d  (CSAT overall %s)%n",
                diff(after.get("surveys"), before.get("surveys"), "surveys"),
                after.get("surveys") == null ? "-" : after.get("surveys").path("csatPercent").asText("-") + "%");
        System.out.println(" recognition-service (Redis leaderboards, from praise-events)");
        System.out.printf("   Praise counted ................. %d  (customers praising agents in surveys: %d sent)%n",
                diff(after.get("praise"), before.get("praise"), "praiseCount"), praises.get());
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        List<String> standings = new ArrayList<>();
        for (AgentSpec a : center) {
            JsonNode p = call("GET", RECOGNITION + "/agents/" + a.id() + "/praise?month=" + month, SUPERVISOR, null);
            if (p != null && p.path("points").asInt() > 0) {
                standings.add(String.format("%03d|%06d|%s|%s|%d|%s", 999 - p.path("points").asInt(),
                        p.path("rank").asInt(999_999), a.name(), a.id(), p.path("points").asInt(),
                        p.path("rank").asText("-")));
            }
        }
        standings.sort(null);
        StringBuilder top = new StringBuilder();
        for (String s : standings.subList(0, Math.min(3, standings.size()))) {
            String[] f = s.split("\\|");
            top.append(String.format("%s%s (%s): %s, month rank #%s", top.length() == 0 ? "" : "; ", f[2], f[3], f[4], f[5]));
        }
        if (top.length() > 0) {
            System.out.printf("   Most praised this month ........ %s%n", top);
        }
        if (httpErrors.get() > 0) {
            System.out.printf(" Requests that failed: %d (see the service logs in .local/logs/)%n", httpErrors.get());
        }
        System.out.println(line);
    }

    static long diff(JsonNode after, JsonNode before, String field) {
        long a = after == null ? 0 : after.path(field).asLong(0);
        long b = before == null ? 0 : before.path(field).asLong(0);
        return a - b;
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static JsonNode call(String method, String url, String token, Object body) {
        return send(method, url, token, body, true);
    }

    /** For requests that may legitimately be refused (a caller hanging up just as the agent answers). */
    static JsonNode callQuietly(String method, String url, String token, Object body) {
        return send(method, url, token, body, false);
    }

    static JsonNode send(String method, String url, String token, Object body, boolean reportErrors) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                if (reportErrors) {
                    httpErrors.incrementAndGet();
                    System.err.printf("    ! %s %s -> %d %s%n", method, url, response.statusCode(), response.body());
                }
                return null;
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            if (reportErrors) {
                httpErrors.incrementAndGet();
                System.err.printf("    ! %s %s -> %s%n", method, url, e);
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
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

    static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(arg(args, name, Integer.toString(fallback)));
    }
}

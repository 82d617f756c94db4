package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static io.contactcenter.routing.scale.RoutingInstances.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Two packaged instances under more load than they can serve: more PBX clients than agents post voice
 * contacts; a routed contact is answered and ended by its client, which then reports the agent ready
 * and serves the waiting contact the agent took, if any; some callers hang up while queued; agent
 * desktops poll their own state for contacts offered by the tick. At least 100,000 routing decisions. Then the topics are read back as a reporting tool would
 * and checked: no contact offered to two agents and no agent offered two calls at once, each contact's
 * events in lifecycle order, times never going backwards per contact or per agent, no negative wait,
 * and service level and ASA recomputed from the events equal to the service's own figures.
 */
class RoutingLoadIT {

    static final long DECISIONS = Long.getLong("it.load.decisions", 100_000);
    static final int AGENTS = 16;
    static final int PBX_CLIENTS = 24;
    static final int DESKS = 4;
    /** Far above a quiet run's time: on a 2-core machine shared with other builds the load runs slower. */
    static final Duration MAX_LOAD = Duration.ofMinutes(12);
    static final ZoneId CENTRE = ZoneId.of("Asia/Shanghai");
    /** Lifecycles a voice contact may have here (no transfers or no-answers in this run). */
    static final Pattern LIFECYCLE = Pattern.compile("(queued )?(routed answered ended|routed abandoned|abandoned)");

    @Test
    void aHundredThousandDecisionsOverTwoInstancesKeepOrderTimeAndFigures() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "ld" + run + "-";
        try (RoutingInstances routing = new RoutingInstances("load", "it-load-" + run).start(2);
                EventLog log = new EventLog(routing, prefix)) {
            routing.defineQueue("load", "load>=1", 0);
            List<String> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                agents.add(prefix + "a-" + i);
                routing.registerAvailable(agents.get(i), "team-" + (i % 6), "load");
            }
            Map<String, String> outcome = new ConcurrentHashMap<>();
            Set<String> claimed = ConcurrentHashMap.newKeySet();
            AtomicLong decisions = new AtomicLong();
            AtomicBoolean pbxStop = new AtomicBoolean();
            AtomicBoolean desksStop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(PBX_CLIENTS + DESKS);
            List<Future<?>> pbx = new ArrayList<>();
            List<Future<?>> desks = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < PBX_CLIENTS; c++) {
                int client = c;
                pbx.add(pool.submit(() -> {
                    for (int n = 0; !pbxStop.get(); n++) {
                        String contact = prefix + "c-" + client + "-" + n;
                        outcome.put(contact, "OFFERED");
                        String answer = routing.call("POST", "/contacts", "pbx",
                                "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"load\"}", n);
                        decisions.incrementAndGet();
                        if ("ROUTED".equals(field(answer, "outcome"))) {
                            handle(routing, contact, field(answer, "agentId"), outcome, decisions, claimed);
                        } else {
                            waitAsCaller(routing, contact, outcome, decisions, claimed, n);
                        }
                        if (decisions.get() >= DECISIONS) {
                            pbxStop.set(true);
                        }
                    }
                    return null;
                }));
            }
            for (int d = 0; d < DESKS; d++) {
                List<String> mine = agents.subList(d * AGENTS / DESKS, (d + 1) * AGENTS / DESKS);
                desks.add(pool.submit(() -> {
                    while (!desksStop.get()) {
                        boolean worked = false;
                        for (String agent : mine) {
                            String view = routing.call("GET", "/agents/" + agent, "pbx", null, agent.hashCode());
                            String contact = field(view, "contactId");
                            if ("RESERVED".equals(field(view, "state")) && contact != null) {
                                worked |= handle(routing, contact, agent, outcome, decisions, claimed);
                            }
                        }
                        if (!worked) {
                            RoutingInstances.sleep(20);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : pbx) {
                f.get(MAX_LOAD.toSeconds(), TimeUnit.SECONDS);
            }
            // callers are done; agents work off what still waits
            long drainDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (outcome.containsValue("OFFERED") && System.nanoTime() < drainDeadline) {
                RoutingInstances.sleep(200);
            }
            desksStop.set(true);
            for (Future<?> f : desks) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - started) / 1e9;
            long ended = outcome.values().stream().filter("ENDED"::equals).count();
            long abandoned = outcome.values().stream().filter("ABANDONED"::equals).count();
            List<String> open = outcome.entrySet().stream().filter(e -> e.getValue().equals("OFFERED")).limit(10)
                    .map(e -> routing.call("GET", "/contacts/" + e.getKey(), "supervisor", null, 0)).toList();
            assertEquals(outcome.size(), ended + abandoned, "every contact ended or abandoned; still open: " + open);
            assertTrue(decisions.get() >= DECISIONS, decisions + " decisions");

            log.readUntil(l -> l.count("contactcenter.call.ended") >= ended
                    && l.count("contactcenter.call.abandoned") >= abandoned, Duration.ofMinutes(2), "every end");
            log.readFor(Duration.ofSeconds(2));

            // 1. each contact: lifecycle order, times never backwards, waits never negative
            int backwards = 0, negative = 0, disorder = 0;
            Map<String, List<long[]>> offersByAgent = new ConcurrentHashMap<>();
            for (String contact : outcome.keySet()) {
                List<EventLog.Event> events = log.contact(contact);
                String types = String.join(" ", events.stream().map(e -> e.type().substring("contactcenter.call.".length()))
                        .toList());
                if (!LIFECYCLE.matcher(types).matches()) {
                    disorder++;
                    System.out.printf("  out of order: %s: %s%n", contact, types);
                }
                for (int i = 1; i < events.size(); i++) {
                    if (events.get(i).time().isBefore(events.get(i - 1).time())) {
                        backwards++;
                    }
                }
                for (EventLog.Event e : events) {
                    if (e.body().has("waitSeconds") && e.body().get("waitSeconds").asDouble() < 0) {
                        negative++;
                    }
                }
                EventLog.Event routed = events.stream().filter(e -> e.type().endsWith(".routed")).findFirst().orElse(null);
                EventLog.Event last = events.isEmpty() ? null : events.get(events.size() - 1);
                if (routed != null && last != null) {
                    offersByAgent.computeIfAbsent(routed.text("agentId"), a -> new ArrayList<>())
                            .add(new long[] { routed.time().toEpochMilli(), last.time().toEpochMilli() });
                }
                assertEquals(outcome.get(contact).equals("ENDED") ? "contactcenter.call.ended"
                        : "contactcenter.call.abandoned", last == null ? null : last.type(), contact + ": " + types);
            }
            // 2. no agent had two calls at once: each offer starts after the previous one ended
            int doubleOffers = 0;
            for (List<long[]> offers : offersByAgent.values()) {
                offers.sort((a, b) -> Long.compare(a[0], b[0]));
                for (int i = 1; i < offers.size(); i++) {
                    if (offers.get(i)[0] < offers.get(i - 1)[1]) {
                        doubleOffers++;
                    }
                }
            }
            // 3. each agent: times never backwards, each change starts from the state the previous one left
            int agentBackwards = 0, agentBreaks = 0;
            for (String agent : agents) {
                List<EventLog.Event> events = log.agent(agent).stream() // state changes only: profile-changed has no state
                        .filter(e -> e.type().equals("contactcenter.agent.state-changed")).toList();
                for (int i = 1; i < events.size(); i++) {
                    if (events.get(i).time().isBefore(events.get(i - 1).time())) {
                        agentBackwards++;
                    }
                    if (!events.get(i - 1).text("state").equals(events.get(i).text("previousState"))) {
                        agentBreaks++;
                    }
                }
            }
            // 4. service level and ASA from the events equal the service's figures
            long answered = 0, inSl = 0, waitMs = 0;
            Set<String> days = new TreeSet<>();
            for (String contact : outcome.keySet()) {
                for (EventLog.Event e : log.contact(contact)) {
                    days.add(LocalDate.ofInstant(e.time(), CENTRE).toString());
                    if (e.type().endsWith(".answered")) {
                        answered++;
                        inSl += e.body().get("serviceLevelMet").asBoolean() ? 1 : 0;
                        waitMs += Math.round(e.body().get("waitSeconds").asDouble() * 1000);
                    }
                }
            }
            long statsAnswered = 0, statsInSl = 0, statsWaitMs = 0, statsOffered = 0, statsAbandoned = 0;
            for (String day : days) {
                String stats = routing.call("GET", "/queues/load/stats?day=" + day, "supervisor", null, 0);
                String today = stats.substring(stats.indexOf("\"today\""), stats.indexOf("\"recent\""));
                statsAnswered += number(today, "answered");
                statsInSl += number(today, "answeredWithinThreshold");
                statsWaitMs += number(today, "waitMsTotal");
                statsOffered += number(today, "offered");
                statsAbandoned += number(today, "abandoned");
            }
            System.out.printf("load: %d decisions in %.0f s (%.0f/s) over 2 instances, %d contacts (%d ended, %d "
                    + "abandoned), %d events read (%d repeats dropped), %d requests retried%n", decisions.get(), seconds,
                    decisions.get() / seconds, outcome.size(), ended, abandoned, log.events(), log.repeats(),
                    routing.retries.get());
            System.out.printf("load: double offers %d, order violations %d, contact times backwards %d, agent times "
                    + "backwards %d, agent state breaks %d, negative waits %d%n", doubleOffers, disorder, backwards,
                    agentBackwards, agentBreaks, negative);
            System.out.printf("load: from events answered %d, in SL %d, ASA %.3f s; service answered %d, in SL %d, "
                    + "ASA %.3f s%n", answered, inSl, waitMs / 1000.0 / Math.max(1, answered), statsAnswered, statsInSl,
                    statsWaitMs / 1000.0 / Math.max(1, statsAnswered));
            assertEquals(0, doubleOffers, "double offers");
            assertEquals(0, disorder, "contacts with events out of lifecycle order");
            assertEquals(0, backwards, "contact event times going backwards");
            assertEquals(0, agentBackwards, "agent event times going backwards");
            assertEquals(0, agentBreaks, "agent events not continuing from the previous state");
            assertEquals(0, negative, "negative waits");
            assertEquals(outcome.size(), statsOffered, "offered");
            assertEquals(abandoned, statsAbandoned, "abandoned");
            assertEquals(statsAnswered, answered, "answered: events vs service");
            assertEquals(statsInSl, inSl, "answered within the threshold: events vs service");
            assertEquals(statsWaitMs, waitMs, "total wait (ASA): events vs service");
        }
    }

    /**
     * A queued caller waits (polling the contact, as a PBX waiting for its routing) until an agent is
     * offered the call, which this client then serves, or hangs up when its patience is over.
     */
    private static void waitAsCaller(RoutingInstances routing, String contact, Map<String, String> outcome,
            AtomicLong decisions, Set<String> claimed, int spread) {
        long giveUp = System.nanoTime() + Duration.ofMillis(ThreadLocalRandom.current().nextInt(200, 4000)).toNanos();
        while (System.nanoTime() < giveUp) {
            String view = routing.call("GET", "/contacts/" + contact, "pbx", null, spread);
            String state = field(view, "state");
            if ("ROUTED".equals(state)) {
                handle(routing, contact, field(view, "agentId"), outcome, decisions, claimed);
                return;
            }
            if (!"QUEUED".equals(state)) {
                return; // a desktop serves it
            }
            RoutingInstances.sleep(50);
        }
        try {
            routing.call("POST", "/contacts/" + contact + "/abandon", "pbx", "", spread);
            outcome.put(contact, "ABANDONED");
            decisions.incrementAndGet();
        } catch (RoutingInstances.Refused answeredMeanwhile) {
            // an agent picked up first: its desktop serves it
        }
    }

    /**
     * Answer, end, agent ready; the agent may take a waiting contact at once, which is served the same
     * way. A contact is served by whoever claims it first (its PBX client or the desktop's poll).
     */
    private static boolean handle(RoutingInstances routing, String first, String agent, Map<String, String> outcome,
            AtomicLong decisions, Set<String> claimed) {
        String contact = first;
        boolean served = false;
        while (contact != null && claimed.add(contact)) {
            served = true;
            try {
                routing.call("POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"" + agent + "\"}",
                        contact.hashCode());
                decisions.incrementAndGet();
            } catch (RoutingInstances.Refused abandonedWhileRinging) {
                return true;
            }
            routing.call("POST", "/contacts/" + contact + "/end", "pbx", "{\"disposition\":\"RESOLVED\",\"talkSeconds\":"
                    + ThreadLocalRandom.current().nextInt(30, 300) + ",\"holdSeconds\":0}", contact.hashCode());
            outcome.put(contact, "ENDED");
            decisions.incrementAndGet();
            try {
                String view = routing.call("POST", "/agents/" + agent + "/state", "pbx",
                        "{\"state\":\"AVAILABLE\"}", agent.hashCode());
                decisions.incrementAndGet();
                contact = "RESERVED".equals(field(view, "state")) ? field(view, "contactId") : null;
            } catch (RoutingInstances.Refused tookTheNextContactAlready) {
                // the wrap-up tick (0 s) made it available and it took a waiting contact: a desktop serves it
                contact = null;
            }
        }
        return served;
    }
}

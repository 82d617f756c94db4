package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * SIGKILL under load: two packaged instances; the one relaying the event streams is killed with no
 * chance to finish anything. The other takes the streams over when the leases run out, and every
 * event of every committed decision reaches the topics: each contact's events match the state Redis
 * holds for it, and each agent's state changes form an unbroken chain.
 */
class RelayCrashIT {

    static final int AGENTS = 12;
    static final int CLIENTS = 6;
    static final Duration LOAD = Duration.ofSeconds(10);
    static final Duration KILL_AFTER = Duration.ofSeconds(4);
    static final Pattern HELD = Pattern.compile("(?m)^routing_event_relay_streams(?:\\{[^}]*\\})? ([0-9.]+)");

    @Test
    void killingTheRelayingInstanceLosesNoEvent() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "kl" + run + "-";
        try (RoutingInstances routing = new RoutingInstances("relay-crash", "it-crash-" + run).start(2);
                EventLog log = new EventLog(routing, prefix)) {
            routing.defineQueue("crash", "crash>=1", 0);
            List<String> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                agents.add(prefix + "a-" + i);
                routing.registerAvailable(agents.get(i), "t", "crash");
            }
            Map<String, Boolean> contacts = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        int n = i;
                        String contact = prefix + "c-" + client + "-" + n;
                        contacts.put(contact, true);
                        String answer = routing.call("POST", "/contacts", "pbx",
                                "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"crash\"}", n);
                        String agent = field(answer, "agentId");
                        if (agent == null) {
                            ignoreConflict(() -> routing.call("POST", "/contacts/" + contact + "/abandon", "pbx", "", n));
                            continue;
                        }
                        routing.call("POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"" + agent + "\"}", n);
                        routing.call("POST", "/contacts/" + contact + "/end", "pbx",
                                "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", n);
                        ignoreConflict(() -> routing.call("POST", "/agents/" + agent + "/state", "pbx",
                                "{\"state\":\"AVAILABLE\"}", n));
                    }
                    return null;
                }));
            }
            Thread.sleep(KILL_AFTER.toMillis());
            int relaying = relayingInstance(routing);
            routing.process(relaying).destroyForcibly(); // SIGKILL
            assertTrue(routing.process(relaying).waitFor(10, TimeUnit.SECONDS));
            Thread.sleep(LOAD.minus(KILL_AFTER).toMillis());
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            int survivor = 1 - relaying;

            // What Redis holds for each contact is what the topic must tell.
            Map<String, String> states = new ConcurrentHashMap<>();
            for (String contact : contacts.keySet()) {
                states.put(contact, field(routing.callOn(survivor, "GET", "/contacts/" + contact, "supervisor", null),
                        "state"));
            }
            long ended = states.values().stream().filter("ENDED"::equals).count();
            long abandoned = states.values().stream().filter("ABANDONED"::equals).count();
            log.readUntil(l -> l.count("contactcenter.call.ended") >= ended
                    && l.count("contactcenter.call.abandoned") >= abandoned, Duration.ofSeconds(60),
                    ended + " ended and " + abandoned + " abandoned");
            log.readFor(Duration.ofSeconds(2));
            int missing = 0;
            for (Map.Entry<String, String> e : states.entrySet()) {
                List<String> types = log.contact(e.getKey()).stream()
                        .map(x -> x.type().substring("contactcenter.call.".length())).toList();
                List<String> expected = switch (e.getValue()) {
                    case "ENDED" -> List.of("routed", "answered", "ended");
                    case "ABANDONED" -> List.of("queued", "abandoned");
                    case "ANSWERED" -> List.of("routed", "answered");
                    case "ROUTED" -> List.of("routed");
                    default -> List.of("queued");
                };
                if (!types.equals(expected)) {
                    missing++;
                    System.out.printf("  %s is %s in Redis, topic has %s%n", e.getKey(), e.getValue(), types);
                }
            }
            int breaks = 0;
            for (String agent : agents) {
                List<EventLog.Event> events = log.agent(agent).stream() // state changes only: profile-changed has no state
                        .filter(e -> e.type().equals("contactcenter.agent.state-changed")).toList();
                for (int i = 1; i < events.size(); i++) {
                    if (!events.get(i - 1).text("state").equals(events.get(i).text("previousState"))) {
                        breaks++;
                    }
                }
            }
            System.out.printf("relay crash: instance %d (relaying) killed; %d contacts (%d ended, %d abandoned), "
                    + "%d events read, %d repeats dropped, %d requests retried; contacts not matching Redis %d, "
                    + "agent chain breaks %d%n", relaying, contacts.size(), ended, abandoned, log.events(),
                    log.repeats(), routing.retries.get(), missing, breaks);
            assertTrue(ended > 20, "load too light to mean anything: " + ended);
            assertEquals(0, missing, "contacts whose events do not match their committed state");
            assertEquals(0, breaks, "agents with a lost state change");
        }
    }

    /** The instance holding stream leases (the first to start usually holds them all). */
    private static int relayingInstance(RoutingInstances routing) {
        double best = -1;
        int instance = 0;
        for (int i = 0; i < routing.size(); i++) {
            Matcher m = HELD.matcher(routing.callOn(i, "GET", "/q/metrics", "supervisor", null));
            double held = m.find() ? Double.parseDouble(m.group(1)) : 0;
            if (held > best) {
                best = held;
                instance = i;
            }
        }
        assertTrue(best > 0, "no instance relays the event streams");
        return instance;
    }

    private static void ignoreConflict(Runnable call) {
        try {
            call.run();
        } catch (RoutingInstances.Refused conflict) {
            // routed meanwhile (abandon), or took the next contact already (ready)
        }
    }
}

package io.contactcenter.routing.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.routing.agent.AgentProfile;
import io.contactcenter.routing.agent.AgentService;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.agent.AgentView;
import io.contactcenter.routing.agent.StateChange;
import io.contactcenter.routing.queue.QueueDirectory;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStats;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of contacts and agent-ready requests hit the routing scripts at once from many
 * threads (as several instances would): no agent is offered two contacts, no contact goes to
 * two agents, and every contact ends exactly once as answered, abandoned or still queued.
 */
@QuarkusTest
class ConcurrentRoutingTest {

    static final int AGENTS = 200;
    static final int CONTACTS = 3000;
    static final int ABANDONS = 500;
    static final int THREADS = 48;

    @Inject
    RoutingTestCenter center;
    @Inject
    ContactService contacts;
    @Inject
    AgentService agents;
    @Inject
    QueueFigures figures;
    @Inject
    QueueDirectory queues;

    /** Every (contact, agent) offer anybody observed; a contact must appear at most once. */
    final Map<String, String> offers = new ConcurrentHashMap<>();
    final AtomicInteger doubleOffers = new AtomicInteger();

    @Test
    void noDoubleAssignmentAndEveryContactAccountedFor() throws Exception {
        center.reset();
        for (int i = 0; i < AGENTS; i++) {
            agents.register("ca-" + i, new AgentProfile("Agent " + i, "team-c", null, LocalDate.of(2020, 1, 1),
                    Map.of("t-idle", 1))).await().atMost(Duration.ofSeconds(5));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            // Phase 1: all contacts arrive while all agents log in, interleaved at random.
            List<Callable<Void>> arrivals = new ArrayList<>();
            for (int i = 0; i < CONTACTS; i++) {
                String contactId = "cc-" + i;
                arrivals.add(() -> {
                    RoutingAnswer a = contacts.offer(new NewContact(contactId, Channel.VOICE, null, null, null, null,
                            null, "t-idle", null)).await().atMost(Duration.ofSeconds(30));
                    if ("ROUTED".equals(a.outcome())) {
                        recordOffer(contactId, a.agentId());
                    }
                    return null;
                });
            }
            for (int i = 0; i < AGENTS; i++) {
                String agentId = "ca-" + i;
                arrivals.add(() -> {
                    AgentView v = agents.changeState(agentId, new StateChange(AgentState.AVAILABLE, null), null)
                            .await().atMost(Duration.ofSeconds(30));
                    if (v.contactId() != null) {
                        recordOffer(v.contactId(), agentId);
                    }
                    return null;
                });
            }
            Collections.shuffle(arrivals, new Random(7));
            runAll(pool, arrivals);
            assertEquals(0, doubleOffers.get(), "contacts offered twice");
            assertEquals(AGENTS, offers.size(), "every agent got exactly one contact");
            assertEquals(AGENTS, Set.copyOf(offers.values()).size(), "no agent got two contacts");
            assertEquals(CONTACTS - AGENTS, stats().waiting());

            // Phase 2: agents work the queue down while callers hang up.
            AtomicInteger ended = new AtomicInteger();
            AtomicInteger abandoned = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                String agentId = "ca-" + i;
                work.add(() -> {
                    workQueue(agentId, ended);
                    return null;
                });
            }
            Random random = new Random(11);
            for (int i = 0; i < ABANDONS; i++) {
                String contactId = "cc-" + (AGENTS + random.nextInt(CONTACTS - AGENTS));
                work.add(() -> {
                    try {
                        ContactView v = contacts.abandon(contactId).await().atMost(Duration.ofSeconds(30));
                        if ("ABANDONED".equals(v.state())) {
                            abandoned.incrementAndGet();
                        }
                    } catch (ConflictProblem alreadyAnswered) {
                        // the caller hung up too late: the agent had answered
                    }
                    return null;
                });
            }
            Collections.shuffle(work, new Random(13));
            runAll(pool, work);

            QueueStats after = stats();
            assertEquals(0, doubleOffers.get(), "contacts offered twice");
            assertEquals(0, after.waiting(), "queue worked down");
            long abandonedContacts = countStates("ABANDONED");
            long endedContacts = countStates("ENDED");
            assertEquals(CONTACTS, abandonedContacts + endedContacts, "every contact ended exactly once");
            assertEquals(endedContacts, ended.get());
            assertEquals(CONTACTS, after.today().offered());
            assertEquals(endedContacts, after.today().answered());
            assertEquals(abandonedContacts, after.today().abandoned());
            assertTrue(abandoned.get() > 0 && abandoned.get() <= ABANDONS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One agent desktop: answer and end what it is offered, ask for more until none is left. */
    private void workQueue(String agentId, AtomicInteger ended) {
        AgentView v = agents.find(agentId).await().atMost(Duration.ofSeconds(30));
        while (v.contactId() != null && "RESERVED".equals(v.state())) {
            String contactId = v.contactId();
            try {
                contacts.answer(contactId, new AnswerContact(agentId)).await().atMost(Duration.ofSeconds(30));
                contacts.end(contactId, new EndContact(Disposition.RESOLVED, 30.0, 0.0), null).await()
                        .atMost(Duration.ofSeconds(30));
                ended.incrementAndGet();
                v = agents.changeState(agentId, new StateChange(AgentState.AVAILABLE, null), null).await()
                        .atMost(Duration.ofSeconds(30));
            } catch (ConflictProblem callerHungUp) {
                // abandoned while ringing: the abandon script already freed this agent (maybe with a new offer)
                v = agents.find(agentId).await().atMost(Duration.ofSeconds(30));
            }
            if (v.contactId() != null && "RESERVED".equals(v.state())) {
                recordOffer(v.contactId(), agentId);
            }
        }
    }

    private void recordOffer(String contactId, String agentId) {
        String previous = offers.putIfAbsent(contactId, agentId);
        if (previous != null && !previous.equals(agentId)) {
            doubleOffers.incrementAndGet();
        }
    }

    private QueueStats stats() {
        return figures.stats(queues.find("t-idle").orElseThrow(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString())
                .await().atMost(Duration.ofSeconds(30));
    }

    private long countStates(String state) {
        long n = 0;
        for (int i = 0; i < CONTACTS; i++) {
            if (state.equals(contacts.find("cc-" + i).await().atMost(Duration.ofSeconds(5)).state())) {
                n++;
            }
        }
        return n;
    }

    private static void runAll(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
        for (Future<Void> f : pool.invokeAll(tasks)) {
            f.get();
        }
    }
}

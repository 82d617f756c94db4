package io.contactcenter.routing.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;

/** The hub alone: who gets what, replay, repeats, and what happens to a client that does not read. */
class PushHubTest {

    private final PushHub hub = new PushHub(new PushHub.Settings(4, 3));

    @Test
    void anAgentsEventsGoToItsStreamOnlyAndAssignmentsToThePbx() {
        Reader a = new Reader(hub.openAgent("a", null, Runnable::run), Long.MAX_VALUE);
        Reader b = new Reader(hub.openAgent("b", null, Runnable::run), Long.MAX_VALUE);
        Reader pbx = new Reader(hub.openAssignments(null, Runnable::run), Long.MAX_VALUE);
        hub.publish(routed("e1", "a"));
        hub.publish(event("e2", "agent.state-changed", "b"));
        assertEquals(List.of("open", "call.routed"), a.names());
        assertEquals(List.of("open", "agent.state-changed"), b.names());
        assertEquals(List.of("open", "call.routed"), pbx.names());
    }

    @Test
    void aRepeatedEventIsPushedOnce() {
        Reader a = new Reader(hub.openAgent("a", null, Runnable::run), Long.MAX_VALUE);
        hub.publish(routed("e1", "a"));
        hub.publish(routed("e1", "a"));
        assertEquals(List.of("open", "call.routed"), a.names());
    }

    @Test
    void replayAfterTheLastIdOrEverythingKeptWithAMarker() {
        for (int i = 1; i <= 6; i++) {
            hub.publish(routed("e" + i, "a"));
        }
        assertEquals(List.of("e5", "e6"), new Reader(hub.openAgent("a", "e4", Runnable::run), Long.MAX_VALUE).ids());
        Reader stale = new Reader(hub.openAgent("a", "e1", Runnable::run), Long.MAX_VALUE);
        assertEquals(List.of("open", "events-lost", "call.routed", "call.routed", "call.routed", "call.routed"),
                stale.names(), "four kept");
    }

    @Test
    void aClientThatDoesNotReadIsDroppedWithoutHoldingTheOthers() {
        Reader stuck = new Reader(hub.openAssignments(null, Runnable::run), 0);
        Reader reading = new Reader(hub.openAssignments(null, Runnable::run), Long.MAX_VALUE);
        for (int i = 1; i <= 10; i++) {
            hub.publish(routed("e" + i, "a" + i));
        }
        assertEquals(10, reading.ids().size());
        assertEquals(1, hub.dropped(StreamKind.ASSIGNMENTS));
        stuck.request(10);
        assertEquals(List.of("dropped"), stuck.names(), "what waited was discarded");
        assertTrue(stuck.completed);
        assertEquals(1, hub.clients(StreamKind.ASSIGNMENTS));
    }

    @Test
    void eachEventHandedToAClientIsTimedOncePerClientAndStreamNoticesAreNot() {
        List<StreamKind> timed = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        PushHub timedHub = new PushHub(new PushHub.Settings(4, 3), (kind, n) -> {
            timed.add(kind);
            nanos.add(n);
        });
        new Reader(timedHub.openAssignments(null, Runnable::run), Long.MAX_VALUE);
        new Reader(timedHub.openAssignments(null, Runnable::run), Long.MAX_VALUE);
        Reader notReading = new Reader(timedHub.openAssignments(null, Runnable::run), 0);
        new Reader(timedHub.openAgent("a", null, Runnable::run), Long.MAX_VALUE);
        timedHub.publish(routed("e1", "a"));
        timedHub.keepAlive();
        assertEquals(List.of(StreamKind.AGENT, StreamKind.ASSIGNMENTS, StreamKind.ASSIGNMENTS), timed.stream().sorted().toList(),
                "two reading PBX clients and the agent; not the client that reads nothing yet, nor open or keep-alive");
        assertTrue(nanos.stream().allMatch(n -> n >= 0));
        notReading.request(2);
        assertEquals(4, timed.size(), "timed when it is handed over (after its open notice)");
    }

    private static PushEvent routed(String id, String agent) {
        return event(id, PushEvent.ROUTED, agent);
    }

    private static PushEvent event(String id, String type, String agent) {
        return new PushEvent(id, type, 0, "{}", Set.of(agent), Set.of("q"));
    }

    /** A subscriber that takes {@code initial} messages, then what it is told to. */
    private static final class Reader implements Flow.Subscriber<PushMessage> {
        final List<PushMessage> got = new ArrayList<>();
        Flow.Subscription subscription;
        boolean completed;

        Reader(ClientFeed feed, long initial) {
            feed.subscribe(this);
            if (initial > 0) {
                subscription.request(initial);
            }
        }

        void request(long n) {
            subscription.request(n);
        }

        List<String> names() {
            return got.stream().map(PushMessage::name).toList();
        }

        List<String> ids() {
            return got.stream().filter(m -> m.id() != null).map(PushMessage::id).toList();
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(PushMessage item) {
            got.add(item);
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }
}

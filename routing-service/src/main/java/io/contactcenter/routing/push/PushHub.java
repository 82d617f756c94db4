package io.contactcenter.routing.push;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Fans routing events out to the clients connected to this instance: each agent's desktop gets the
 * events about its agent, the PBX every assignment, wallboards the queue figures (and the centre's, and
 * the teams' they ask for).
 *
 * <p>Every instance is fed all events (see source.KafkaPushSource), so a client may connect to any. The
 * last events of each kind are kept for clients that reconnect with a Last-Event-ID (see
 * {@link ReplayBuffer}); opening a stream replays and registers under the same lock as publishing, so
 * nothing falls between the replay and the live events, and nothing comes twice.
 *
 * <p>Plain Java: the HTTP and Kafka sides are thin adapters around it. Each stream is opened with the
 * executor its messages are delivered on (the HTTP side passes the connection's event loop).
 */
public final class PushHub {

    /** Sizes (RoutingConfig.Push): events kept per kind, messages a client may have waiting. */
    public record Settings(int replayEvents, int clientBuffer) {
    }

    /**
     * Told, for each catalog event handed to a client's connection, how long after the hub made the
     * message that was (ns): the fan-out time, one per event and client.
     */
    @FunctionalInterface
    public interface FanOutListener {
        void delivered(StreamKind kind, long nanos);

        FanOutListener NONE = (kind, nanos) -> {
        };
    }

    private final int clientBuffer;
    private final ReplayBuffer agentEvents;
    private final ReplayBuffer assignmentEvents;
    private final Map<String, Set<ClientFeed>> agentFeeds = new ConcurrentHashMap<>();
    private final Set<ClientFeed> assignmentFeeds = ConcurrentHashMap.newKeySet();
    private final Map<ClientFeed, Watch> figureFeeds = new ConcurrentHashMap<>();
    /** The latest figures per queue, sent first to a wallboard that connects. */
    private final Map<String, PushMessage> latestFigures = new ConcurrentHashMap<>();
    /** The latest figures per team, and the centre's, sent first likewise. */
    private final Map<String, PushMessage> latestTeamFigures = new ConcurrentHashMap<>();
    private volatile PushMessage latestCentreFigures;

    /** What a wallboard watches: queues (all when none were named), and the teams it named. */
    private record Watch(Predicate<String> queues, Set<String> teams) {
    }
    private final Map<StreamKind, LongAdder> clients = counters();
    private final Map<StreamKind, LongAdder> pushed = counters();
    private final Map<StreamKind, LongAdder> dropped = counters();

    private final FanOutListener fanOut;

    public PushHub(Settings settings) {
        this(settings, FanOutListener.NONE);
    }

    public PushHub(Settings settings, FanOutListener fanOut) {
        this.fanOut = fanOut;
        this.clientBuffer = settings.clientBuffer();
        this.agentEvents = new ReplayBuffer(settings.replayEvents());
        this.assignmentEvents = new ReplayBuffer(settings.replayEvents());
    }

    /** One routing event: to the streams of the agents it concerns and, if an assignment, to the PBX's. */
    public void publish(PushEvent event) {
        if (!event.agentIds().isEmpty()) {
            synchronized (agentEvents) {
                if (agentEvents.add(event)) {
                    for (String agent : event.agentIds()) {
                        offerAll(agentFeeds.getOrDefault(agent, Set.of()), event.message());
                    }
                }
            }
        }
        if (event.isAssignment()) {
            synchronized (assignmentEvents) {
                if (assignmentEvents.add(event)) {
                    offerAll(assignmentFeeds, event.message());
                }
            }
        }
    }

    /** Queue figures ({@code data}: the queue's QueueStats as JSON) to the wallboards watching the queue. */
    public void publishFigures(String queueId, String data) {
        PushMessage message = PushMessage.control(FIGURES_EVENT, data);
        latestFigures.put(queueId, message);
        figureFeeds.forEach((feed, watch) -> {
            if (watch.queues().test(queueId)) {
                feed.offer(message);
            }
        });
    }

    /** A team's figures ({@code data}: its TeamStats as JSON) to the wallboards that named the team. */
    public void publishTeamFigures(String teamId, String data) {
        PushMessage message = PushMessage.control(TEAM_FIGURES_EVENT, data);
        latestTeamFigures.put(teamId, message);
        figureFeeds.forEach((feed, watch) -> {
            if (watch.teams().contains(teamId)) {
                feed.offer(message);
            }
        });
    }

    /** The centre's figures (agents by state, occupancy) to every wallboard. */
    public void publishCentreFigures(String data) {
        PushMessage message = PushMessage.control(CENTRE_FIGURES_EVENT, data);
        latestCentreFigures = message;
        offerAll(figureFeeds.keySet(), message);
    }

    /** The teams some wallboard connected here watches. */
    public Set<String> watchedTeams() {
        Set<String> teams = new java.util.TreeSet<>();
        figureFeeds.values().forEach(w -> teams.addAll(w.teams()));
        return teams;
    }

    /** A comment to every client, so idle connections are not closed by proxies on the way. */
    public void keepAlive() {
        PushMessage ping = PushMessage.comment("keep-alive");
        agentFeeds.values().forEach(feeds -> offerAll(feeds, ping));
        offerAll(assignmentFeeds, ping);
        offerAll(figureFeeds.keySet(), ping);
    }

    /** The stream of agent {@code agentId}, replaying what came after {@code lastEventId} (null: nothing). */
    public ClientFeed openAgent(String agentId, String lastEventId, Executor delivery) {
        synchronized (agentEvents) {
            Replay replay = agentEvents.after(lastEventId, e -> e.agentIds().contains(agentId));
            ClientFeed feed = open(StreamKind.AGENT, replay, lastEventId, delivery,
                    f -> remove(agentFeeds, agentId, f));
            agentFeeds.computeIfAbsent(agentId, a -> ConcurrentHashMap.newKeySet()).add(feed);
            return feed;
        }
    }

    /** The PBX's stream of assignments. */
    public ClientFeed openAssignments(String lastEventId, Executor delivery) {
        synchronized (assignmentEvents) {
            Replay replay = assignmentEvents.after(lastEventId, e -> true);
            ClientFeed feed = open(StreamKind.ASSIGNMENTS, replay, lastEventId, delivery, assignmentFeeds::remove);
            assignmentFeeds.add(feed);
            return feed;
        }
    }

    /**
     * A wallboard's stream of the queues {@code queueIds} (empty: all). Figures are a state, not events:
     * nothing is replayed, the latest figures of each queue come first.
     */
    public ClientFeed openFigures(Set<String> queueIds, Executor delivery) {
        return openFigures(queueIds, Set.of(), delivery);
    }

    /** As {@link #openFigures(Set, Executor)}, with the figures of the teams {@code teamIds} too. */
    public ClientFeed openFigures(Set<String> queueIds, Set<String> teamIds, Executor delivery) {
        Watch watch = new Watch(queueIds.isEmpty() ? q -> true : Set.copyOf(queueIds)::contains, Set.copyOf(teamIds));
        List<PushMessage> first = new ArrayList<>();
        latestFigures.forEach((queue, message) -> {
            if (watch.queues().test(queue)) {
                first.add(message);
            }
        });
        watch.teams().forEach(team -> {
            PushMessage m = latestTeamFigures.get(team);
            if (m != null) {
                first.add(m);
            }
        });
        if (latestCentreFigures != null) {
            first.add(latestCentreFigures);
        }
        ClientFeed feed = newFeed(StreamKind.FIGURES, first.size() + 1, delivery, figureFeeds::remove);
        feed.offer(PushMessage.control(OPEN_EVENT, "{\"stream\":\"figures\"}"));
        first.forEach(feed::offer);
        figureFeeds.put(feed, watch);
        return feed;
    }

    public long clients(StreamKind kind) {
        return clients.get(kind).sum();
    }

    /** Messages written to clients of this kind (catalog events, figures, control messages; not comments). */
    public long pushed(StreamKind kind) {
        return pushed.get(kind).sum();
    }

    /** Clients dropped because they fell {@code clientBuffer} messages behind. */
    public long dropped(StreamKind kind) {
        return dropped.get(kind).sum();
    }

    /** The SSE event name of a queue's figures. */
    public static final String FIGURES_EVENT = "queue-figures";
    /** The SSE event name of a team's figures (agents by state, occupancy). */
    public static final String TEAM_FIGURES_EVENT = "team-figures";
    /** The SSE event name of the centre's figures (agents by state, occupancy; each agent once). */
    public static final String CENTRE_FIGURES_EVENT = "centre-figures";
    /** The first message of every stream: what it is and what was replayed. */
    public static final String OPEN_EVENT = "open";
    /** Sent before the replay when the Last-Event-ID is older than what is kept. */
    public static final String LOST_EVENT = "events-lost";

    private ClientFeed open(StreamKind kind, Replay replay, String lastEventId, Executor delivery,
            java.util.function.Consumer<ClientFeed> unregister) {
        // The replay may be longer than a client's buffer; it must not get the client dropped at once.
        ClientFeed feed = newFeed(kind, replay.events().size() + 2, delivery, unregister);
        feed.offer(PushMessage.control(OPEN_EVENT, "{\"stream\":\"" + kind.tag() + "\",\"replayed\":"
                + replay.events().size() + ",\"lost\":" + replay.lost() + "}"));
        if (replay.lost()) {
            feed.offer(PushMessage.control(LOST_EVENT, "{\"lastEventId\":\"" + lastEventId
                    + "\",\"detail\":\"events after this id may be missing: it is older than the events kept; "
                    + "the kept events of the stream follow\"}"));
        }
        replay.events().forEach(e -> feed.offer(e.message()));
        return feed;
    }

    private ClientFeed newFeed(StreamKind kind, int initialMessages, Executor delivery,
            java.util.function.Consumer<ClientFeed> unregister) {
        clients.get(kind).increment();
        return new ClientFeed(kind, clientBuffer + initialMessages, f -> dropped.get(kind).increment(), f -> {
            unregister.accept(f);
            clients.get(kind).decrement();
        }, m -> {
            if (!m.isComment()) {
                pushed.get(kind).increment();
            }
            if (m.isEvent()) {
                fanOut.delivered(kind, System.nanoTime() - m.createdNanos());
            }
        }, delivery);
    }

    private static void remove(Map<String, Set<ClientFeed>> feeds, String key, ClientFeed feed) {
        feeds.computeIfPresent(key, (k, set) -> {
            set.remove(feed);
            return set.isEmpty() ? null : set;
        });
    }

    private static void offerAll(Iterable<ClientFeed> feeds, PushMessage message) {
        for (ClientFeed feed : feeds) {
            feed.offer(message);
        }
    }

    private static Map<StreamKind, LongAdder> counters() {
        Map<StreamKind, LongAdder> m = new EnumMap<>(StreamKind.class);
        for (StreamKind k : StreamKind.values()) {
            m.put(k, new LongAdder());
        }
        return m;
    }
}

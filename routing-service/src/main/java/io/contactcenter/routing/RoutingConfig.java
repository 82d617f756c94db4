package io.contactcenter.routing;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.contactcenter.routing.queue.AgentSelection;
import io.contactcenter.routing.queue.OverflowAction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the ACD can be tuned with; defaults follow the center's practice. */
@ConfigMapping(prefix = "routing")
public interface RoutingConfig {

    /**
     * The routing partition (one site or tenant): the Redis hash tag every routing key carries,
     * {@code cc:{partition}:...}, so on Redis Cluster one partition's keys live on one node and its
     * scripts run there unchanged.
     */
    @WithDefault("main")
    String partition();

    /** The decision event streams in Redis and the relay that publishes them to Kafka. */
    Events events();

    interface Events {
        /**
         * Streams per partition (a key's events always go to the same one, so order per key holds).
         * Fixed when the partition is first used: Redis keeps the count, and every instance adopts it.
         */
        @WithDefault("4")
        int shards();

        /**
         * Unpublished events a stream may hold (Kafka down, relay stopped). When one is full, decisions
         * are refused with 503 rather than taken without their events. About 400 bytes of Redis memory each.
         */
        @WithDefault("500000")
        int backlogBound();

        /** Events a relay publishes per round before waiting for the broker's acknowledgement. */
        @WithDefault("1000")
        int relayBatch();

        /** How long a relay owns a stream without renewing; after this another instance takes it over. */
        @WithDefault("5s")
        Duration relayLease();

        /** How long an idle relay waits for new events before it checks again (blocking stream read). */
        @WithDefault("50ms")
        Duration relayPoll();

        /** Kafka topic of call events. */
        @WithDefault("call-events")
        String callTopic();

        /** Kafka topic of agent events. */
        @WithDefault("agent-events")
        String agentTopic();
    }

    /** Server-Sent Event streams for agent desktops, the PBX and wallboards (see the push package). */
    Push push();

    interface Push {
        /**
         * Events kept in memory per stream kind (all agents' events in one ring, the assignments in another) for
         * a client reconnecting with {@code Last-Event-ID}; older ones are gone and the client is told so. About
         * 1 KiB each: at 500 events per second the default covers the last 20 s.
         */
        @WithDefault("10000")
        int replayEvents();

        /**
         * Messages one client may have waiting while it does not read. A client that falls this far behind is
         * dropped (its waiting messages discarded, a {@code dropped} event, the stream ends) so it never slows the
         * others; it reconnects with {@code Last-Event-ID} and the replay brings it up to date.
         */
        @WithDefault("256")
        int clientBuffer();

        /** A comment line sent to every client this often, so proxies and load balancers keep idle streams open. */
        @WithDefault("15s")
        Duration keepAlive();

        /** How often the queue figures are computed and pushed while a wallboard is connected. */
        @WithDefault("1s")
        Duration figuresInterval();

        /**
         * After a call or agent event, how long the figures wait before being computed and pushed: the events
         * of one burst are pushed once, not once each.
         */
        @WithDefault("100ms")
        Duration figuresChangeDelay();

        /** How long a stream ticket (POST /streams/tickets) is valid; it opens one stream, once. */
        @WithDefault("30s")
        Duration ticketTtl();

        /** Longest wait for the broker when the event feed starts (finding the topics' ends); then it goes on trying in the background. */
        @WithDefault("10s")
        Duration feedStartTimeout();
    }

    /** The wallboard page ({@code /wallboard}): where its browser reads praise and complaints, and how much. */
    Wallboard wallboard();

    interface Wallboard {
        /**
         * ticket-service's base URL as the wall screen's browser reaches it (it must allow the page's origin,
         * see its CORS settings). Unset: the page's own host on port 8082, the local launcher's layout.
         */
        Optional<String> ticketUrl();

        /** recognition-service's base URL, likewise. Unset: the page's own host on port 8084. */
        Optional<String> recognitionUrl();

        /** Complaints listed: open, clock running and due within this (or overdue), soonest deadline first. */
        @WithDefault("48h")
        Duration complaintsDueWithin();

        /** How many of those complaints the page lists. */
        @WithDefault("8")
        int complaintsShown();

        /** How many agents of this month's praise ranking the page lists. */
        @WithDefault("5")
        int topPraised();
    }

    /** Bearer tokens verified once and reused (see VerifiedTokenCache). */
    TokenCache tokenCache();

    interface TokenCache {
        /** Distinct tokens kept; past it the cache starts over. */
        @WithDefault("10000")
        int maxTokens();

        /** Longest reuse of one verification: a token stops working at most this long after its key is withdrawn. */
        @WithDefault("60s")
        Duration maxAge();
    }

    /**
     * How long an agent's session lives without a sign of its desktop or the PBX (a heartbeat, a state call,
     * an answer or an end). When it lapses the agent is logged out (reason LEASE_EXPIRED) and offers it held
     * go back to their place in the queue; 0 turns leases off. Amazon Connect's agent stream beats every 120 s.
     */
    @WithDefault("120s")
    Duration agentLease();

    /**
     * Offers in a row an agent may let time out before it goes NOT_READY (reason MISSED_OFFER). 1: at the
     * first; above 1 the agent is ready again after a missed offer, behind the agents idle longer.
     */
    @WithDefault("1")
    int missedOffersBeforeNotReady();

    /** The sweeper that repairs impossible states (see RoutingSweeper). */
    Sweep sweep();

    interface Sweep {
        /** How often one batch of agents and one of contacts is checked (all instances share one pass). */
        @WithDefault("1s")
        Duration interval();

        /** Keys one batch looks at (SCAN COUNT): a pass over 100,000 agents takes 200 intervals at 500. */
        @WithDefault("500")
        int batch();
    }

    /** How a queue change reaches the agents it concerns (see AgentPlacements). */
    QueueChange queueChange();

    interface QueueChange {
        /** Agents re-placed per script: small enough that routing decisions never wait long behind one. */
        @WithDefault("200")
        int batch();

        /** How long the instance applying a change owns it without renewing; then another one resumes it. */
        @WithDefault("10s")
        Duration lease();
    }

    /** Supervisors' agent lists (GET /agents). */
    AgentList agentList();

    interface AgentList {
        /**
         * With two or more filters, matches are counted up to this many and the page says the total is a lower
         * bound beyond it: an exact count costs a lookup per agent of the smallest filter (15 ms of Redis for
         * 14,000 agents), which a screen that shows "1,000+" does not need.
         */
        @WithDefault("1000")
        int countLimit();
    }

    /** Roster imports (POST /agents/import). */
    AgentImport agentImport();

    interface AgentImport {
        /** Agents per request: a large centre's roster in a few files, each checked whole before anything is written. */
        @WithDefault("10000")
        int maxRows();

        /** Rows registered side by side. */
        @WithDefault("32")
        int concurrency();
    }

    /** Contacts (or agents) one tick handles per queue and relaxation step; the rest wait for the next tick. */
    @WithDefault("500")
    int tickBatch();

    /** Queue for contacts whose intent and language match no rule. */
    @WithDefault("general")
    String defaultQueue();

    /** Queues defined at start-up; the admin API can add and change queues at run time. */
    Map<String, QueueSettings> queues();

    /** IVR intent (e.g. COMPLAINT) to queue id; checked after the language rules. */
    Map<String, String> intentQueues();

    /** Caller language (e.g. en) to queue id; takes precedence over intent. */
    Map<String, String> languageQueues();

    /** Time zone that defines "today" for the daily counters. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** New hires are not offered complaint contacts during this period after their hire date (3-month probation). */
    @WithDefault("P3M")
    Period complaintProtection();

    /** How often wrap-up ends, relaxation and overflow are checked and queue definitions refreshed. */
    @WithDefault("1s")
    Duration tick();

    /** How long ended or abandoned contacts stay readable in Redis. */
    @WithDefault("24h")
    Duration contactRetention();

    /** Window of the "recent" figures (service level, ASA, abandon rate). */
    @WithDefault("15")
    int recentWindowMinutes();

    /** Handle time assumed for the estimated wait until a queue has handled contacts today. */
    @WithDefault("300")
    int defaultHandleSeconds();

    /** Contacts an agent handles at once per channel, unless its profile says otherwise. */
    Capacity capacity();

    interface Capacity {
        /** A voice call takes the whole agent. */
        @WithDefault("1")
        int voice();

        @WithDefault("3")
        int chat();

        @WithDefault("5")
        int email();

        @WithDefault("3")
        int sms();

        default int of(io.contactcenter.routing.contact.Channel channel) {
            return switch (channel) {
                case VOICE -> voice();
                case CHAT -> chat();
                case EMAIL -> email();
                case SMS -> sms();
            };
        }
    }

    interface QueueSettings {
        /** Skills an agent needs, e.g. {@code billing>=2 AND lang:yue>=3}; empty means every agent. */
        @WithDefault("")
        String expression();

        /** Higher goes first when an agent serves several queues. */
        @WithDefault("1")
        int priority();

        /** Service level: answered within this many seconds... */
        @WithDefault("10")
        int serviceLevelSeconds();

        /** ...for this share of contacts (90/10 by default). */
        @WithDefault("90")
        int serviceLevelPercent();

        /**
         * Whether the queue's headline service level counts abandoned contacts (past the short-abandon threshold)
         * as missed: answered within the threshold / (answered + abandoned). False: answered within the threshold /
         * answered. Both are always reported; this picks the one compared with the target.
         */
        @WithDefault("false")
        boolean abandonsInServiceLevel();

        /**
         * Contacts abandoned within this many seconds of arriving are short abandons: counted apart
         * ({@code shortAbandoned}) and left out of the service level and the abandon rate. 0: none.
         */
        @WithDefault("5")
        int shortAbandonSeconds();

        /** After-call work before the agent is offered the next contact. */
        @WithDefault("15")
        int wrapUpSeconds();

        /**
         * Ring no answer: an offer not answered in this many seconds (5–120) is withdrawn by routing itself
         * and the contact goes to the next agent.
         */
        @WithDefault("20")
        int offerTimeoutSeconds();

        /** Which available agent gets the next contact. */
        @WithDefault("LONGEST_IDLE")
        AgentSelection strategy();

        /** After waiting this long, a contact may go to agents meeting a wider expression (up to 3 steps). */
        List<RelaxationSettings> relaxation();

        /** Longest wait before the overflow action; none: wait until answered or abandoned. */
        Optional<Integer> maxWaitSeconds();

        @WithDefault("CALLBACK")
        OverflowAction overflowAction();

        /** Target of {@code overflow-action=QUEUE}. */
        Optional<String> overflowQueue();
    }

    interface RelaxationSettings {
        int afterSeconds();

        String expression();
    }
}

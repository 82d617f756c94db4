package io.contactcenter.routing;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Redis key names of the routing partition, the Java side of the list in lua/common.lua. All carry
 * the partition's hash tag ({@code cc:{main}:...}): one partition is one Redis Cluster slot.
 */
@ApplicationScoped
public class RoutingKeys {

    private final String prefix;

    public RoutingKeys(RoutingConfig config) {
        this.prefix = "cc:{" + config.partition() + "}:";
    }

    /** The partition's last decision time; KEYS[1] of every script (the others derive from its prefix). */
    public String clock() {
        return prefix + "clock";
    }

    public String agent(String agentId) {
        return prefix + "agent:" + agentId;
    }

    /** Contacts offered to or connected with the agent. */
    public String held(String agentId) {
        return prefix + "held:" + agentId;
    }

    /** Offered contacts by when their offer times out. */
    public String offers() {
        return prefix + "offers";
    }

    /** Logged-in agents by when their session lease lapses. */
    public String leases() {
        return prefix + "leases";
    }

    /** After-call work by when it ends. */
    public String wrapUps() {
        return prefix + "wrapup";
    }

    /** A single-use stream ticket and the caller it stands for (see push.ticket.StreamTickets). */
    public String streamTicket(String ticket) {
        return prefix + "stream-ticket:" + ticket;
    }

    /** A queue change being applied (status, cursor, counts). */
    public String queueChange(String changeId) {
        return prefix + "qchange:" + changeId;
    }

    /** Who applies a queue change now (a lease an instance renews per batch). */
    public String queueChangeLease(String changeId) {
        return prefix + "qchange:" + changeId + ":lease";
    }

    public String runningQueueChanges() {
        return prefix + "qchanges:running";
    }

    public String contact(String contactId) {
        return prefix + "contact:" + contactId;
    }

    /** Queue definitions as JSON (id to definition), the source of truth all instances read. */
    public String queueDefinitions() {
        return prefix + "qdefs";
    }

    /** The fields of one queue the scripts read (priority, strategy, thresholds, relaxation, overflow). */
    public String queueRoutingFields(String queueId) {
        return prefix + "qdef:" + queueId;
    }

    public String dailyStats(String queueId, String day) {
        return prefix + "stats:" + queueId + ":" + day;
    }

    /** Ids of the teams agents belong to (an index the scripts keep). */
    public String teams() {
        return prefix + "teams";
    }

    public String agentStates() {
        return prefix + "agent-states";
    }

    public String eventStream(int shard) {
        return prefix + "events:" + shard;
    }

    public String eventShards() {
        return prefix + "events:shards";
    }

    public String relayLease(int shard) {
        return prefix + "relay:lease:" + shard;
    }
}

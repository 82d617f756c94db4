package io.contactcenter.routing.push.api;

import java.util.regex.Pattern;

/**
 * The push streams' paths: the resources' {@code @Path}s, and what a stream ticket may open. Their
 * fixed segments are reserved where they could be ids: no queue may be called {@code figures}, no
 * contact {@code assignments}.
 */
public final class StreamPaths {

    public static final String AGENT_OFFERS = "/agents/{agentId}/offers";
    public static final String ASSIGNMENTS = "/contacts/assignments";
    public static final String QUEUE_FIGURES = "/queues/figures/stream";
    public static final String TICKETS = "/streams/tickets";

    /** The contact id the assignment stream's path takes from the contacts' id space. */
    public static final String RESERVED_CONTACT_ID = "assignments";

    private static final Pattern STREAM = Pattern.compile(
            "/agents/[^/]+/offers|" + Pattern.quote(ASSIGNMENTS) + "|" + Pattern.quote(QUEUE_FIGURES));

    private StreamPaths() {
    }

    public static boolean isStream(String path) {
        return path != null && STREAM.matcher(path).matches();
    }
}

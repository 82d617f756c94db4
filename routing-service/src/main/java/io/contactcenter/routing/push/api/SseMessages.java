package io.contactcenter.routing.push.api;

import java.util.concurrent.Executor;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.routing.push.ClientFeed;
import io.contactcenter.routing.push.PushMessage;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** From the hub's messages to Server-Sent Events, and the Last-Event-ID a client sends back. */
final class SseMessages {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    static final String LAST_EVENT_ID_PARAM = "lastEventId";
    /** CloudEvents ids of the relay are UUIDs; other producers' ids stay within this. */
    private static final java.util.regex.Pattern EVENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    static final String STREAM_DESCRIPTION = "A `text/event-stream`. The first event is `open` "
            + "(`{\"stream\",\"replayed\",\"lost\"}`). Catalog events carry `id:` (the CloudEvents id, the same on "
            + "every instance), `event:` (the type without `contactcenter.`, e.g. `call.routed`) and `data:` "
            + "(the event's JSON, event-catalog/schemas). Reconnecting with `Last-Event-ID` (header, or the "
            + "`lastEventId` query parameter when a new EventSource is opened with a new ticket) replays the kept "
            + "events after it; if it is older than what is kept, an `events-lost` event comes first, then every "
            + "kept event of the stream. A client that falls `routing.push.client-buffer` messages behind gets "
            + "`dropped` and the stream ends: reconnect with Last-Event-ID. A `: keep-alive` comment comes every "
            + "`routing.push.keep-alive`.";
    static final String TICKET_DESCRIPTION = "A stream ticket from `POST /streams/tickets`, for clients that cannot "
            + "send an Authorization header (a browser's EventSource): valid for one connection, for "
            + "`routing.push.ticket-ttl` (30 s by default). Ignored when an Authorization header is sent.";
    static final String LAST_ID_DESCRIPTION = "The last event id the client received, when it cannot send the "
            + "`Last-Event-ID` header (which takes precedence)";

    private SseMessages() {
    }

    static Multi<OutboundSseEvent> stream(Sse sse, java.util.function.Function<Executor, ClientFeed> open) {
        return Multi.createFrom().deferred(() -> Multi.createFrom().publisher(open.apply(connectionLoop())))
                .map(m -> event(sse, m));
    }

    /**
     * The event loop of the connection being opened (the stream is subscribed on it): writes to a
     * connection happen there anyway, and each client's serialisation then runs on its own loop.
     */
    private static Executor connectionLoop() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return task -> context.runOnContext(v -> task.run());
    }

    static OutboundSseEvent event(Sse sse, PushMessage m) {
        OutboundSseEvent.Builder b = sse.newEventBuilder();
        if (m.isComment()) {
            return b.comment(m.comment()).build();
        }
        if (m.id() != null) {
            b.id(m.id());
        }
        return b.name(m.name()).mediaType(MediaType.TEXT_PLAIN_TYPE).data(String.class, m.data()).build();
    }

    /** The header, else the query parameter; null when neither (a fresh stream, nothing replayed). */
    static String lastEventId(String header, String query) {
        String field = header != null ? LAST_EVENT_ID : LAST_EVENT_ID_PARAM;
        String id = header != null ? header : query;
        if (id == null) {
            return null;
        }
        if (!EVENT_ID.matcher(id).matches()) {
            throw new InvalidFieldProblem(field, "an event id: 1 to 64 letters, digits and . _ : -");
        }
        return id;
    }
}

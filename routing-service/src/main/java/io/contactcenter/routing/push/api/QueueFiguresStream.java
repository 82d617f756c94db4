package io.contactcenter.routing.push.api;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.push.ClientFeed;
import io.contactcenter.routing.push.PushHub;
import io.contactcenter.routing.push.source.FiguresPublisher;
import io.contactcenter.routing.queue.QueueDirectory;
import io.smallrye.mutiny.Multi;

/** A wallboard's live queue figures. */
@Path(StreamPaths.QUEUE_FIGURES)
@Tag(name = "Push streams")
public class QueueFiguresStream {

    /** Teams one wallboard may follow. */
    static final int MAX_TEAMS = 200;

    private final PushHub hub;
    private final QueueDirectory queues;
    private final FiguresPublisher figures;

    public QueueFiguresStream(PushHub hub, QueueDirectory queues, FiguresPublisher figures) {
        this.hub = hub;
        this.queues = queues;
        this.figures = figures;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Stream the queues' figures (SSE)",
            description = "After `open`, one `queue-figures` event per queue (data: the queue's figures, as in "
                    + "`GET /queues/{queueId}/stats`), one `centre-figures` (the centre's agents by state and occupancy, "
                    + "each agent once) and one `team-figures` per team named with `teamId` (as in "
                    + "`GET /teams/{teamId}/figures`), every `routing.push.figures-interval` (1 s) and shortly after "
                    + "each call or agent event. Figures are a state: they carry no id and are not replayed; the "
                    + "latest of each queue come first. A `: keep-alive` comment comes every `routing.push.keep-alive`.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "A `queueId` names no queue")
    public Multi<OutboundSseEvent> figures(
            @Parameter(description = "Only these queues (repeat the parameter); all when left out") @QueryParam("queueId") List<String> queueIds,
            @Parameter(description = "Teams whose figures to send too (repeat the parameter); none when left out") @QueryParam("teamId") List<String> teamIds,
            @Parameter(description = SseMessages.TICKET_DESCRIPTION) @QueryParam("ticket") String ticket,
            @Context Sse sse) {
        for (String q : queueIds) {
            if (queues.find(q).isEmpty()) {
                throw new InvalidFieldProblem("queueId", "unknown queue '" + q + "'");
            }
        }
        if (teamIds.size() > MAX_TEAMS) {
            throw new InvalidFieldProblem("teamId", "at most " + MAX_TEAMS + " teams per stream");
        }
        Set<String> watched = Set.copyOf(queueIds);
        Set<String> teams = Set.copyOf(teamIds);
        return SseMessages.stream(sse, loop -> {
            ClientFeed feed = hub.openFigures(watched, teams, loop);
            figures.changed(); // a first computation now, not at the next interval
            return feed;
        });
    }
}

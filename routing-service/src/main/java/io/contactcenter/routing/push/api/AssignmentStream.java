package io.contactcenter.routing.push.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.push.PushHub;
import io.smallrye.mutiny.Multi;

/** The PBX's live feed of assignments: which agent each contact was routed to, whenever it happens. */
@Path(StreamPaths.ASSIGNMENTS)
@Tag(name = "Push streams")
public class AssignmentStream {

    private final PushHub hub;

    public AssignmentStream(PushHub hub) {
        this.hub = hub;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.PBX, Roles.ADMIN })
    @Operation(summary = "Stream every contact assignment (SSE)",
            description = "One `call.routed` event each time a contact is offered to an agent: on arrival, and for "
                    + "a queued contact when the tick or an agent becoming free assigns it later. "
                    + SseMessages.STREAM_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "`Last-Event-ID` (or `lastEventId`) is not an event id")
    public Multi<OutboundSseEvent> assignments(
            @Parameter(description = "The last event id the client received") @HeaderParam(SseMessages.LAST_EVENT_ID) String lastEventIdHeader,
            @Parameter(description = SseMessages.LAST_ID_DESCRIPTION) @QueryParam(SseMessages.LAST_EVENT_ID_PARAM) String lastEventIdQuery,
            @Parameter(description = SseMessages.TICKET_DESCRIPTION) @QueryParam("ticket") String ticket,
            @Context Sse sse) {
        String lastEventId = SseMessages.lastEventId(lastEventIdHeader, lastEventIdQuery);
        return SseMessages.stream(sse, loop -> hub.openAssignments(lastEventId, loop));
    }
}

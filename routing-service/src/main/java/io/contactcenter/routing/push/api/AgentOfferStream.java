package io.contactcenter.routing.push.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** An agent desktop's live feed: its offers, their withdrawal, its state changes. */
@Path(StreamPaths.AGENT_OFFERS)
@Tag(name = "Push streams", description = "Server-Sent Event streams: offers for agent desktops, assignments for the "
        + "PBX, queue figures for wallboards.")
public class AgentOfferStream {

    private final PushHub hub;

    public AgentOfferStream(PushHub hub) {
        this.hub = hub;
    }

    @GET
    @KnownAgent
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PBX })
    @Operation(summary = "Stream one agent's offers, withdrawals and state changes (SSE)",
            description = "Every event of the catalog about this agent: `call.routed` (an offer), `call.no-answer` "
                    + "(an offer withdrawn: timed out, or the agent became unavailable), `call.answered`, "
                    + "`call.transferred`, `call.ended`, `agent.state-changed`, `agent.profile-changed`. An `agent` "
                    + "token watches its own agent only. " + SseMessages.STREAM_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    @APIResponse(responseCode = "400", description = "`Last-Event-ID` (or `lastEventId`) is not an event id")
    @APIResponse(responseCode = "403", description = "An `agent` token acts only for its own agent id (the token's subject)")
    @APIResponse(responseCode = "404", description = "No agent with this id")
    @APIResponse(responseCode = "503", description = "Redis is unreachable or loading (`redis`): retry after `Retry-After` seconds")
    public Multi<OutboundSseEvent> offers(
            @Parameter(description = "The agent's id (as the PBX and the desktop know it)") @PathParam("agentId") String agentId,
            @Parameter(description = "The last event id the client received") @HeaderParam(SseMessages.LAST_EVENT_ID) String lastEventIdHeader,
            @Parameter(description = SseMessages.LAST_ID_DESCRIPTION) @QueryParam(SseMessages.LAST_EVENT_ID_PARAM) String lastEventIdQuery,
            @Parameter(description = SseMessages.TICKET_DESCRIPTION) @QueryParam("ticket") String ticket,
            @Context Sse sse) {
        // KnownAgentFilter has checked the caller may watch this agent, and that it exists.
        String lastEventId = SseMessages.lastEventId(lastEventIdHeader, lastEventIdQuery);
        return SseMessages.stream(sse, loop -> hub.openAgent(agentId, lastEventId, loop));
    }
}

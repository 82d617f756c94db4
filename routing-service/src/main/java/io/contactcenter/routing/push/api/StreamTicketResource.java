package io.contactcenter.routing.push.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.routing.push.ticket.StreamTickets;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Tickets for clients that cannot send an Authorization header on a stream (a browser's EventSource). */
@Path(StreamPaths.TICKETS)
@Tag(name = "Push streams")
public class StreamTicketResource {

    /** A ticket: pass it as {@code ?ticket=} when opening one stream, before {@code expiresAt}. */
    public record TicketView(String ticket, Instant expiresAt) {
    }

    private final StreamTickets tickets;
    private final SecurityIdentity caller;

    public StreamTicketResource(StreamTickets tickets, SecurityIdentity caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PBX })
    @Operation(summary = "Get a single-use ticket to open a stream",
            description = "Sent with the bearer token; the ticket opens one stream (`?ticket=`) as this caller, with "
                    + "its roles and agent binding, within `routing.push.ticket-ttl` (30 s by default), on any "
                    + "instance. A used, expired or unknown ticket is a 401. Never put a bearer token in a URL.")
    @APIResponse(responseCode = "201", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "503", description = "Redis is unreachable or loading (`redis`): retry after `Retry-After` seconds")
    public Uni<RestResponse<TicketView>> issue() {
        return tickets.issue(Caller.of(caller))
                .map(t -> RestResponse.status(RestResponse.Status.CREATED, new TicketView(t.ticket(), t.expiresAt())));
    }
}

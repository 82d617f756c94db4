package io.contactcenter.ticket.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;

import io.contactcenter.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** Tickets for agents and supervisors: register one received by email, web or letter, and read them back. */
@Path("/tickets")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketResource {

    private final TicketService tickets;
    private final TicketMetrics metrics;

    public TicketResource(TicketService tickets, TicketMetrics metrics) {
        this.tickets = tickets;
        this.metrics = metrics;
    }

    /** Registers a ticket signed by the caller; 201 with its location. */
    @POST
    public Uni<Response> create(@Valid @NotNull NewTicket ticket, @Context SecurityContext caller) {
        return tickets.create(ticket, caller.getUserPrincipal().getName())
                .invoke(metrics::created)
                .map(created -> Response.created(UriBuilder.fromResource(TicketResource.class)
                        .path(created.id().toString()).build()).entity(created).build());
    }

    @GET
    @Path("/{id}")
    public Uni<TicketView> find(@PathParam("id") String id) {
        return tickets.find(id);
    }

    /** Newest first. {@code size} at most 100; unknown status or type values are a 400 naming the parameter. */
    @GET
    public Uni<TicketPage> list(@QueryParam("sourceContactId") String sourceContactId,
            @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return Uni.createFrom().item(() -> TicketFilter.parse(sourceContactId, status, type, page, size))
                .chain(tickets::list);
    }

    /** Counts by type and status, and how many tickets were opened from calls. */
    @GET
    @Path("/summary")
    public Uni<TicketSummary> summary() {
        return tickets.summary();
    }
}

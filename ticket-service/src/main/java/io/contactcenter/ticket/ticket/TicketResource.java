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

/**
 * Tickets for agents and supervisors: register (email, web, letter, or during a call), dispatch,
 * work, resolve, confirm with the customer; search and trail (period analytics are AnalyticsResource's).
 * Every change request carries the {@code version} the caller read; a stale one is a 409.
 */
@Path("/tickets")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketResource {

    private final TicketService tickets;
    private final TicketMetrics metrics;

    public TicketResource(TicketService tickets, TicketMetrics metrics) {
        this.tickets = tickets;
        this.metrics = metrics;
    }

    /** Registers a ticket signed by the caller and dispatches it; 201 with its location. */
    @POST
    public Uni<Response> create(@Valid @NotNull NewTicket ticket, @Context SecurityContext caller) {
        return tickets.create(ticket, caller.getUserPrincipal().getName())
                .invoke(changed -> metrics.record(changed.changes()))
                .map(changed -> Response.created(UriBuilder.fromResource(TicketResource.class)
                        .path(changed.ticket().id().toString()).build()).entity(changed.ticket()).build());
    }

    @GET
    @Path("/{id}")
    public Uni<TicketView> find(@PathParam("id") String id) {
        return tickets.find(id);
    }

    /** Every change (who, when, what), the notes and the customer contacts. */
    @GET
    @Path("/{id}/history")
    public Uni<TicketTrail> history(@PathParam("id") String id) {
        return tickets.trail(id);
    }

    /** Dispatch: by the rules and least load (empty body but the version), to a team, or to a person. */
    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<TicketView> assign(@PathParam("id") String id, @Valid @NotNull TicketRequests.Assignment request,
            @Context SecurityContext caller) {
        return done(tickets.assign(id, request, caller.getUserPrincipal().getName()));
    }

    /** IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED (with a resolution summary) or REOPENED; illegal moves are 409. */
    @POST
    @Path("/{id}/status")
    public Uni<TicketView> changeStatus(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.StatusChange request, @Context SecurityContext caller) {
        return done(tickets.changeStatus(id, request, caller.getUserPrincipal().getName()));
    }

    /** The customer's verdict on a RESOLVED ticket: satisfied closes it, not satisfied reopens it. */
    @POST
    @Path("/{id}/confirmation")
    public Uni<TicketView> confirm(@PathParam("id") String id, @Valid @NotNull TicketRequests.Confirmation request,
            @Context SecurityContext caller) {
        return done(tickets.confirm(id, request, caller.getUserPrincipal().getName()));
    }

    /** New type, severity or category; the due times follow. */
    @POST
    @Path("/{id}/classification")
    public Uni<TicketView> reclassify(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.Reclassification request, @Context SecurityContext caller) {
        return done(tickets.reclassify(id, request, caller.getUserPrincipal().getName()));
    }

    /** A call, email, letter or visit with the customer; the first outbound one is the first response. */
    @POST
    @Path("/{id}/customer-contacts")
    public Uni<TicketView> addCustomerContact(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.Contact request, @Context SecurityContext caller) {
        return done(tickets.addCustomerContact(id, request, caller.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{id}/notes")
    public Uni<Response> addNote(@PathParam("id") String id, @Valid @NotNull TicketRequests.Note request,
            @Context SecurityContext caller) {
        return tickets.addNote(id, request, caller.getUserPrincipal().getName())
                .map(note -> Response.status(Response.Status.CREATED).entity(note).build());
    }

    /**
     * Newest first. Filters: status, type, category, team, assignee, overdue (true/false), customer (id,
     * phone, email or part of the name), createdFrom/createdTo (ISO-8601 instants), sourceContactId.
     * {@code size} at most 100. A bad value is a 400 naming the parameter.
     */
    @GET
    public Uni<TicketPage> list(@QueryParam("sourceContactId") String sourceContactId,
            @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("category") String category, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("overdue") String overdue,
            @QueryParam("customer") String customer, @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdTo") String createdTo, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Uni.createFrom().item(() -> TicketFilter.parse(sourceContactId, status, type, category, team, assignee,
                overdue, customer, createdFrom, createdTo, page, size)).chain(tickets::list);
    }

    /** Counts by type and status, and how many tickets were opened from calls. */
    @GET
    @Path("/summary")
    public Uni<TicketSummary> summary() {
        return tickets.summary();
    }

    private Uni<TicketView> done(Uni<TicketService.Changed> change) {
        return change.invoke(changed -> metrics.record(changed.changes())).map(TicketService.Changed::ticket);
    }
}

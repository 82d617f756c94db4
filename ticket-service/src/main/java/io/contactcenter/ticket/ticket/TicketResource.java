package io.contactcenter.ticket.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Tickets for agents and supervisors: register (email, web, letter, or during a call), dispatch,
 * work, resolve, confirm with the customer; search and trail (period analytics are AnalyticsResource's).
 * Every change request carries the {@code version} the caller read; a stale one is a 409.
 */
@Tag(name = "Tickets", description = "Complaints and work orders with SLA clocks. Every change request carries the "
        + "`version` the caller read: a stale one is a 409, read the ticket again.")
@Path("/tickets")
@RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
public class TicketResource {

    private final TicketService tickets;
    private final TicketMetrics metrics;
    private final SecurityIdentity identity;

    public TicketResource(TicketService tickets, TicketMetrics metrics, SecurityIdentity identity) {
        this.tickets = tickets;
        this.metrics = metrics;
        this.identity = identity;
    }

    /** Registers a ticket signed by the caller and dispatches it; 201 with its location. */
    @POST
    @Operation(summary = "Register a ticket and dispatch it",
            description = "From an email, the web, a letter, or during a call (`sourceContactId`: one ticket per call). "
                    + "Signed by the caller; dispatched to a team and person by the rules and least load.")
    @APIResponse(responseCode = "201", description = "The ticket; `Location` is its URL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or `receivedAt` is in the future")
    @APIResponse(responseCode = "409", description = "The contact `sourceContactId` already has a ticket")
    public Uni<Response> create(@Valid @NotNull NewTicket ticket) {
        return tickets.create(ticket, caller())
                .invoke(changed -> metrics.record(changed.changes()))
                .map(changed -> Response.created(UriBuilder.fromResource(TicketResource.class)
                        .path(changed.ticket().id().toString()).build()).entity(changed.ticket()).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a ticket", description = "Its state, classification, owner and SLA due times.")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID)")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    public Uni<TicketView> find(@PathParam("id") String id) {
        return tickets.find(id);
    }

    /** Every change (who, when, what), the notes and the customer contacts. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "A ticket's trail", description = "Every change (who, when, what), the notes and the customer contacts.")
    @APIResponse(responseCode = "200", description = "The trail, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketTrail.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID)")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    public Uni<TicketTrail> history(@PathParam("id") String id) {
        return tickets.trail(id);
    }

    /** Dispatch: by the rules and least load (empty body but the version), to a team, or to a person. */
    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Dispatch a ticket", description = "By the rules and least load (a body with only `version`), to a team, or to a person.")
    @APIResponse(responseCode = "200", description = "The ticket after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    @APIResponse(responseCode = "409", description = "`version` is not the ticket's current one (read it again), or the ticket is closed or the team has no member to take it")
    public Uni<TicketView> assign(@PathParam("id") String id, @Valid @NotNull TicketRequests.Assignment request) {
        return done(tickets.assign(id, request, caller()));
    }

    /** IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED (with a resolution summary) or REOPENED; illegal moves are 409. */
    @POST
    @Path("/{id}/status")
    @Operation(summary = "Move a ticket on", description = "To IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED (with a resolution summary) or REOPENED.")
    @APIResponse(responseCode = "200", description = "The ticket after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    @APIResponse(responseCode = "409", description = "`version` is not the ticket's current one (read it again), or the move is not allowed from the ticket's status")
    public Uni<TicketView> changeStatus(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.StatusChange request) {
        return done(tickets.changeStatus(id, request, caller()));
    }

    /**
     * The customer's verdict on a RESOLVED ticket: satisfied closes it, not satisfied reopens it. Reported
     * by the PBX (the IVR asked the customer) or a supervisor, never by an agent marking its own work.
     */
    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({ Roles.PBX, Roles.SUPERVISOR })
    @Operation(summary = "The customer's verdict on a resolved ticket", description = "Satisfied closes it, not satisfied "
            + "reopens it. Reported by the PBX (the IVR asked the customer) or a supervisor; not by agents, whose "
            + "work the verdict judges.")
    @APIResponse(responseCode = "200", description = "The ticket after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    @APIResponse(responseCode = "409", description = "`version` is not the ticket's current one (read it again), or the ticket is not RESOLVED")
    public Uni<TicketView> confirm(@PathParam("id") String id, @Valid @NotNull TicketRequests.Confirmation request) {
        return done(tickets.confirm(id, request, caller()));
    }

    /** New type, severity or category; the due times follow. */
    @POST
    @Path("/{id}/classification")
    @Operation(summary = "Change type, severity or category", description = "The SLA due times follow.")
    @APIResponse(responseCode = "200", description = "The ticket after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    @APIResponse(responseCode = "409", description = "`version` is not the ticket's current one (read it again), or the ticket is CLOSED")
    public Uni<TicketView> reclassify(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.Reclassification request) {
        return done(tickets.reclassify(id, request, caller()));
    }

    /** A call, email, letter or visit with the customer; the first outbound one is the first response. */
    @POST
    @Path("/{id}/customer-contacts")
    @Operation(summary = "Record a call, email, letter or visit with the customer", description = "The first outbound one is the ticket's first response.")
    @APIResponse(responseCode = "200", description = "The ticket after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    @APIResponse(responseCode = "409", description = "`version` is not the ticket's current one (read it again), or the ticket does not accept it now")
    public Uni<TicketView> addCustomerContact(@PathParam("id") String id,
            @Valid @NotNull TicketRequests.Contact request) {
        return done(tickets.addCustomerContact(id, request, caller()));
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a note", description = "An internal note, signed by the caller.")
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketTrail.NoteLine.class)))
    @APIResponse(responseCode = "400", description = "`id` is not a ticket id (UUID), or a field is missing or invalid")
    @APIResponse(responseCode = "404", description = "No ticket with this id")
    public Uni<Response> addNote(@PathParam("id") String id, @Valid @NotNull TicketRequests.Note request) {
        return tickets.addNote(id, request, caller())
                .map(note -> Response.status(Response.Status.CREATED).entity(note).build());
    }

    /**
     * Newest first. Filters: status, type, category, team, assignee, overdue (true/false), dueWithin (an ISO-8601
     * duration: open, clock running, due within it or overdue, and then soonest deadline first), customer (id,
     * phone, email or part of the name), createdFrom/createdTo (ISO-8601 instants), sourceContactId.
     * {@code size} at most 100. A bad value is a 400 naming the parameter.
     */
    @GET
    @Operation(summary = "Search tickets, newest first (soonest deadline first with dueWithin)",
            description = "Filters: status, type, category, team, assignee, overdue (true/false), dueWithin (an "
                    + "ISO-8601 duration such as PT6H: open with the clock running and due within it, overdue ones "
                    + "included; the list is then ordered by deadline, soonest first), customer (id, phone, "
                    + "email or part of the name), createdFrom/createdTo (ISO-8601 instants), sourceContactId; "
                    + "`size` at most 100.")
    @APIResponse(responseCode = "200", description = "One page of tickets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketPage.class)))
    @APIResponse(responseCode = "400", description = "A filter value is invalid; the problem names the parameter")
    public Uni<TicketPage> list(@QueryParam("sourceContactId") String sourceContactId,
            @QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("category") String category, @QueryParam("team") String team,
            @QueryParam("assignee") String assignee, @QueryParam("overdue") String overdue,
            @QueryParam("dueWithin") String dueWithin, @QueryParam("customer") String customer, @QueryParam("createdFrom") String createdFrom,
            @QueryParam("createdTo") String createdTo, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Uni.createFrom().item(() -> TicketFilter.parse(sourceContactId, status, type, category, team, assignee,
                overdue, dueWithin, customer, createdFrom, createdTo, page, size)).chain(tickets::list);
    }

    /** Counts by type and status, and how many tickets were opened from calls. */
    @GET
    @Path("/summary")
    @Operation(summary = "Counts by type and status", description = "And how many tickets were opened from calls.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketSummary.class)))
    public Uni<TicketSummary> summary() {
        return tickets.summary();
    }

    /** Who signs the change: the token's subject. */
    private String caller() {
        return Caller.of(identity).id();
    }

    private Uni<TicketView> done(Uni<TicketService.Changed> change) {
        return change.invoke(changed -> metrics.record(changed.changes())).map(TicketService.Changed::ticket);
    }
}

package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.AssignMode;
import io.contactcenter.ticket.model.TicketStatus;


/** contactcenter.ticket.assigned: the owning team or the assignee changed (dispatch or reassignment). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketAssigned(String ticketId, String owningTeam, String assignee, String previousTeam,
        String previousAssignee, TicketStatus status, TicketStatus previousStatus, AssignMode mode,
        String assignedBy, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.assigned";
}

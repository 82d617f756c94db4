package io.contactcenter.ticket.ticket.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.TicketChannel;


/** contactcenter.ticket.customer-contacted: the center and the customer were in touch about the ticket. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketCustomerContacted(String ticketId, ContactDirection direction, TicketChannel channel,
        String contactId, boolean firstResponse, String recordedBy, Instant occurredAt) {

    public static final String TYPE = "contactcenter.ticket.customer-contacted";
}

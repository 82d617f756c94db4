package io.contactcenter.ticket.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.contactcenter.ticket.model.ContactDirection;
import io.contactcenter.ticket.model.TicketChannel;

/** One ticket's full record: every change (oldest first), the notes and the customer contacts. */
public record TicketTrail(UUID ticketId, List<Line> history, List<NoteLine> notes, List<ContactLine> customerContacts) {

    public record Line(Instant at, String actor, String action, String from, String to, String change) {
        static Line of(TicketHistory h) {
            return new Line(h.at, h.actor, h.action, h.fromValue, h.toValue, h.change);
        }
    }

    public record NoteLine(Instant at, String author, String text) {
        static NoteLine of(TicketNote n) {
            return new NoteLine(n.at, n.author, n.text);
        }
    }

    public record ContactLine(Instant at, String recordedBy, ContactDirection direction, TicketChannel channel,
            String summary, String contactId) {
        static ContactLine of(CustomerContact c) {
            return new ContactLine(c.at, c.recordedBy, c.direction, c.channel, c.summary, c.contactId);
        }
    }
}

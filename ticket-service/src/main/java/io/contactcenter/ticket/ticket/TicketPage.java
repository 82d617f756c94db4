package io.contactcenter.ticket.ticket;

import java.util.List;

/** One page of a ticket list; {@code total} counts every match, not just this page. */
public record TicketPage(List<TicketView> items, int page, int size, long total) {
}

package io.contactcenter.ticket.ticket;

/**
 * The part of a {@link Change} that goes into the ticket's trail ({@link TicketHistory}): what kind of
 * change, from what to what, and the change in words.
 */
record HistoryLine(String action, String from, String to, String text) {
}

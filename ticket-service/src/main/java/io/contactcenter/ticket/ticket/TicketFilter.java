package io.contactcenter.ticket.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.ticket.model.TicketStatus;
import io.contactcenter.ticket.model.TicketType;

/**
 * A validated search. Built from raw query strings so a bad value is a 400 naming the parameter.
 * {@code customer} matches the customer id, phone or email exactly, or part of the name;
 * {@code overdue} true: open, clock running, past due; false: everything else.
 * {@code dueWithin} (an ISO-8601 duration such as PT6H): open, clock running and due before now plus that
 * (overdue ones included); the list is then ordered by deadline, soonest first, instead of newest first.
 * {@code createdFrom} inclusive, {@code createdTo} exclusive.
 */
public record TicketFilter(String sourceContactId, TicketStatus status, TicketType type, String category,
        String team, String assignee, Boolean overdue, Duration dueWithin, String customer, Instant createdFrom,
        Instant createdTo, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Longest {@code dueWithin}: the longest resolution target is days, not months. */
    public static final Duration MAX_DUE_WITHIN = Duration.ofDays(31);

    /** Only the slice's filters: contact, status, type and paging. */
    public static TicketFilter parse(String sourceContactId, String status, String type, String page, String size) {
        return parse(sourceContactId, status, type, null, null, null, null, null, null, null, null, page, size);
    }

    public static TicketFilter parse(String sourceContactId, String status, String type, String category, String team,
            String assignee, String overdue, String dueWithin, String customer, String createdFrom, String createdTo,
            String page, String size) {
        Instant from = instant("createdFrom", createdFrom);
        Instant to = instant("createdTo", createdTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidFieldProblem("createdTo", "createdTo must be after createdFrom");
        }
        return new TicketFilter(blankToNull(sourceContactId), enumValue("status", status, TicketStatus.class),
                enumValue("type", type, TicketType.class), blankToNull(category), blankToNull(team),
                blankToNull(assignee), bool("overdue", overdue), dueWithin(dueWithin), blankToNull(customer), from, to,
                number("page", page, 0, 0, Integer.MAX_VALUE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem(name, "unknown " + name + " '" + value + "'");
        }
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldProblem(name, name + " must be an ISO-8601 instant such as 2026-11-24T00:00:00Z, got '"
                    + value + "'");
        }
    }

    private static Duration dueWithin(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration d = Duration.parse(value.trim());
            if (!d.isNegative() && !d.isZero() && d.compareTo(MAX_DUE_WITHIN) <= 0) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below like an out-of-range value
        }
        throw new InvalidFieldProblem("dueWithin", "dueWithin must be an ISO-8601 duration from PT1S to "
                + MAX_DUE_WITHIN + " such as PT6H, got '" + value + "'");
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidFieldProblem(name, name + " must be true or false, got '" + value + "'");
        };
    }

    private static int number(String name, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw new InvalidFieldProblem(name, name + " must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", got '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package io.contactcenter.ticket.ticket;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/** A validated list query. Built from raw strings so a bad value is a 400 naming the parameter, not a 404. */
public record TicketFilter(String sourceContactId, TicketStatus status, TicketType type, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static TicketFilter parse(String sourceContactId, String status, String type, String page, String size) {
        return new TicketFilter(blankToNull(sourceContactId), enumValue("status", status, TicketStatus.class),
                enumValue("type", type, TicketType.class), number("page", page, 0, 0, Integer.MAX_VALUE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem(name, "unknown " + name + " '" + value + "'");
        }
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

package io.contactcenter.ticket.ticket;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}

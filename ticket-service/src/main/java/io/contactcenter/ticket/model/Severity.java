package io.contactcenter.ticket.model;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}

package io.contactcenter.ticket.model;

/** AUTO: rules and least-loaded member; MANUAL: a supervisor named the team or the person. */
public enum AssignMode {
    AUTO, MANUAL
}

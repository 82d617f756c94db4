/**
 * The ticket vocabulary (type, severity, status, channels...): plain enums that the lifecycle, the SLA
 * and dispatch policies, analytics and the event bodies all use, so none of those packages has to
 * depend on another to name a ticket's status.
 */
package io.contactcenter.ticket.model;

package io.contactcenter.routing.contact;

/** How the agent closed the contact; COMPLAINT, FAULT and REQUEST open a ticket downstream. */
public enum Disposition {
    RESOLVED, COMPLAINT, FAULT, REQUEST, INFORMATION, CALLBACK, OTHER
}

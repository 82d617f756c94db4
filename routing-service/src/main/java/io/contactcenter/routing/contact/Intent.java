package io.contactcenter.routing.contact;

/** What the caller chose in the IVR menu. */
public enum Intent {
    INQUIRY, TRANSACTION, FAULT, COMPLAINT, SUGGESTION, TECH_SUPPORT, APPOINTMENT, OTHER
}

package io.contactcenter.ticket.model;

/** How the issue reached the center; not the same enum as a call's channel (VOICE, CHAT, ...). */
public enum TicketChannel {
    PHONE, EMAIL, WEB, LETTER, SMS
}

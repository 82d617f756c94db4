package io.contactcenter.routing.contact;

public enum Channel {
    VOICE, CHAT, EMAIL, SMS
}

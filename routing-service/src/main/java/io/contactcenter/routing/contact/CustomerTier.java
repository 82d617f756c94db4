package io.contactcenter.routing.contact;

public enum CustomerTier {
    STANDARD, VIP
}

package io.contactcenter.platform.security;

/** The roles a bearer token carries in its {@code groups} claim. */
public final class Roles {
    /** Telephony integration: IVR / PBX posting call events. */
    public static final String PBX = "pbx";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

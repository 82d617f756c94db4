package io.contactcenter.routing.contact;

/** A contact as supervisors and the PBX read it back. */
public record ContactView(String contactId, String state, String queueId, String agentId, String teamId,
        String channel, String customerTier, String intent, String disposition) {
}

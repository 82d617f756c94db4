package io.contactcenter.routing.push.ticket;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A stream ticket presented as {@code ?ticket=} on a push stream. */
public class StreamTicketRequest extends BaseAuthenticationRequest {

    private final String ticket;

    public StreamTicketRequest(String ticket) {
        this.ticket = ticket;
    }

    public String ticket() {
        return ticket;
    }
}

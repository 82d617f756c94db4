package io.contactcenter.routing.push.ticket;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Redeems a stream ticket: the identity is the caller the ticket was issued to, with its roles. */
@ApplicationScoped
public class StreamTicketIdentityProvider implements IdentityProvider<StreamTicketRequest> {

    private final StreamTickets tickets;

    public StreamTicketIdentityProvider(StreamTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Class<StreamTicketRequest> getRequestType() {
        return StreamTicketRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(StreamTicketRequest request, AuthenticationRequestContext context) {
        return tickets.redeem(request.ticket()).map(caller -> caller.<SecurityIdentity> map(c -> QuarkusSecurityIdentity
                .builder().setPrincipal(new QuarkusPrincipal(c.id())).addRoles(c.roles()).build())
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or used stream ticket")));
    }
}

package io.contactcenter.routing.push.ticket;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.push.api.StreamPaths;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Authenticates a push stream request by its {@code ?ticket=}, when it has no Authorization header.
 * Only the streams accept tickets (a GET of a path in {@link StreamPaths}): a ticket never stands in
 * for a bearer token anywhere else. Requests with a bearer token are the JWT mechanism's.
 */
@ApplicationScoped
public class StreamTicketMechanism implements HttpAuthenticationMechanism {

    public static final String TICKET_PARAM = "ticket";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (context.request().method() != HttpMethod.GET || context.request().getHeader("Authorization") != null
                || !StreamPaths.isStream(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        String ticket = context.request().getParam(TICKET_PARAM);
        if (ticket == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new StreamTicketRequest(ticket));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(StreamTicketRequest.class);
    }
}

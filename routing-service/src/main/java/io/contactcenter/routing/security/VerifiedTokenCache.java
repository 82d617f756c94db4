package io.contactcenter.routing.security;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.contactcenter.routing.RoutingConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once, not on every request. A PBX or a desktop sends the same token for
 * hours; checking its RSA signature was a fifth of routing-service's CPU under load. A token seen
 * before is the same bytes whose signature was verified, so its claims are reused while it is not
 * expired, for at most {@code routing.token-cache.max-age} (a rotated key stops old tokens within that).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    private record Verified(JWTCallerPrincipal principal, long verifiedAtMillis) {
    }

    private final DefaultJWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final int maxTokens;
    private final long maxAgeMillis;

    public VerifiedTokenCache(RoutingConfig config) {
        this.maxTokens = config.tokenCache().maxTokens();
        this.maxAgeMillis = config.tokenCache().maxAge().toMillis();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now - known.verifiedAtMillis() < maxAgeMillis
                && known.principal().getExpirationTime() * 1000 > now) {
            return known.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (verified.size() >= maxTokens) {
            verified.clear(); // simple bound: a burst of new tokens costs one verification each again
        }
        verified.put(token, new Verified(principal, now));
        return principal;
    }

    /** For tests: how many verified tokens are kept. */
    int size() {
        return verified.size();
    }
}

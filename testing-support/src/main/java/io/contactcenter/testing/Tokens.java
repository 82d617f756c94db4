package io.contactcenter.testing;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Mints bearer tokens signed with the test key pair bundled here ({@code testing/jwt-private.pem});
 * services verify them in their test profile with {@code testing/jwt-public.pem}.
 */
public final class Tokens {

    /** Must match {@code mp.jwt.verify.issuer} of every service. */
    public static final String ISSUER = "contact-center";
    private static final String SIGNING_KEY = "testing/jwt-private.pem";

    private Tokens() {
    }

    public static String forRole(String role) {
        return forRole(role, "test-" + role);
    }

    public static String forRole(String role, String subject) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .expiresIn(Duration.ofHours(1))
                .jws()
                .sign(SIGNING_KEY);
    }

    /** "Bearer ..." header value for rest-assured. */
    public static String bearer(String role) {
        return "Bearer " + forRole(role);
    }
}

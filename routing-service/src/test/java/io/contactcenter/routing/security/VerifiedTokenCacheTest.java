package io.contactcenter.routing.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/** A verified token is reused; anything else is still checked: a changed signature, an expired token. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aTokenIsVerifiedOnceAndOthersStillFail() {
        String token = Tokens.forRole("supervisor", "cache-" + System.nanoTime());
        int before = cache.size();
        get(token, 200);
        get(token, 200);
        assertEquals(before + 1, cache.size(), "the same token is kept once");

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        get(tampered, 401);
        String expired = Jwt.issuer(Tokens.ISSUER).subject("old").upn("old").groups(Set.of("supervisor"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().sign("testing/jwt-private.pem");
        get(expired, 401);
        get(token, 200);
    }

    private static void get(String token, int status) {
        given().header("Authorization", "Bearer " + token).get("/queues/stats").then().statusCode(status);
    }
}

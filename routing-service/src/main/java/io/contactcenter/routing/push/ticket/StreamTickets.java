package io.contactcenter.routing.push.ticket;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.security.Caller;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.RoutingKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Short-lived, single-use tickets that open one push stream. A browser's EventSource cannot send an
 * Authorization header, and a bearer token in a URL would sit in access logs and histories for hours;
 * a ticket is useless seconds later, and after its first use.
 *
 * <p>Kept in Redis (not in this instance's memory): the stream may be opened on another instance than
 * the one that issued the ticket. Redeeming is one GETDEL, so two connections can never share a ticket.
 */
@ApplicationScoped
public class StreamTickets {

    /** The ticket a caller was given, and until when it opens a stream. */
    public record Issued(String ticket, Instant expiresAt) {
    }

    /** 32 random bytes, URL-safe Base64 without padding. */
    private static final int TICKET_BYTES = 32;
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String ROLE_SEPARATOR = ",";
    private static final String FIELD_SEPARATOR = "\n";

    private final SecureRandom random = new SecureRandom();
    private final ReactiveRedisDataSource redis;
    private final RoutingKeys keys;
    private final RoutingConfig.Push config;

    public StreamTickets(ReactiveRedisDataSource redis, RoutingKeys keys, RoutingConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.config = config.push();
    }

    public Uni<Issued> issue(Caller caller) {
        byte[] bytes = new byte[TICKET_BYTES];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String value = caller.id() + FIELD_SEPARATOR + String.join(ROLE_SEPARATOR, caller.roles());
        long ttl = config.ticketTtl().toMillis();
        return redis.execute("SET", keys.streamTicket(ticket), value, "PX", Long.toString(ttl))
                .map(ok -> new Issued(ticket, Instant.now().plusMillis(ttl)));
    }

    /** The caller the ticket was issued to; empty if it is malformed, unknown, expired or used already. */
    public Uni<Optional<Caller>> redeem(String ticket) {
        if (ticket == null || !TICKET.matcher(ticket).matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return redis.execute("GETDEL", keys.streamTicket(ticket)).map(r -> {
            if (r == null) {
                return Optional.empty();
            }
            String[] fields = r.toString().split(FIELD_SEPARATOR, 2);
            Set<String> roles = fields.length < 2 || fields[1].isEmpty() ? Set.of()
                    : Arrays.stream(fields[1].split(ROLE_SEPARATOR)).collect(Collectors.toSet());
            return Optional.of(new Caller(fields[0], roles));
        });
    }
}

package io.contactcenter.routing.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What one tick script did: wrap-ups ended, contacts relaxed, contacts overflowed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TickResult(int count, int relaxed, int overflowed) {
}

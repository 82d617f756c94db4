package io.contactcenter.recognition.praise;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.recognition.RedisKeys;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.smallrye.mutiny.Uni;

/** An agent's praise, newest first, as {@code lua/count_praise.lua} recorded it (late ones included). */
@ApplicationScoped
public class PraiseHistory {

    private final ReactiveSortedSetCommands<String, String> history;
    private final ObjectMapper json;

    public PraiseHistory(ReactiveRedisDataSource redis, ObjectMapper json) {
        this.history = redis.sortedSet(String.class);
        // Entries written by an older or newer version may carry fields this one does not know.
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Uni<List<PraiseEntry>> recent(String agentId, int limit) {
        return history.zrange(RedisKeys.history(agentId), 0, limit - 1, new ZRangeArgs().rev()).map(members -> {
            List<PraiseEntry> entries = new ArrayList<>(members.size());
            for (String member : members) {
                entries.add(read(member));
            }
            return entries;
        });
    }

    private PraiseEntry read(String member) {
        try {
            return json.readValue(member, PraiseEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable praise history entry: " + member, e);
        }
    }
}

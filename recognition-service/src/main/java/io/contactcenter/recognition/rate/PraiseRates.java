package io.contactcenter.recognition.rate;

import java.time.YearMonth;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.period.Periods;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;

/** Reads the praise-rate counters that count_praise.lua (numerator) and count_contact.lua (denominator) keep. */
@ApplicationScoped
public class PraiseRates {

    private final ReactiveHashCommands<String, String, String> hashes;

    public PraiseRates(ReactiveRedisDataSource redis) {
        this.hashes = redis.hash(String.class);
    }

    public Uni<MonthRates> month(YearMonth month) {
        String m = Periods.format(month);
        return hashes.hgetall(RedisKeys.rateCenter(month))
                .chain(center -> hashes.hgetall(RedisKeys.rateTeams(month)).map(teams -> new MonthRates(m,
                        PraiseRate.of(m, PraiseRate.Scope.CENTER, null, count(center, "praise"),
                                count(center, "contacts")),
                        PraiseRate.table(m, PraiseRate.Scope.TEAM, teams))));
    }

    public Uni<PraiseRate> team(YearMonth month, String teamId) {
        return one(month, PraiseRate.Scope.TEAM, RedisKeys.rateTeams(month), teamId);
    }

    public Uni<PraiseRate> agent(YearMonth month, String agentId) {
        return one(month, PraiseRate.Scope.AGENT, RedisKeys.rateAgents(month), agentId);
    }

    private Uni<PraiseRate> one(YearMonth month, PraiseRate.Scope scope, String key, String id) {
        String praise = "praise:" + id;
        String contacts = "contacts:" + id;
        return hashes.hmget(key, praise, contacts).map(values -> PraiseRate.of(Periods.format(month), scope, id,
                count(values, praise), count(values, contacts)));
    }

    private static long count(Map<String, String> values, String field) {
        String value = values.get(field);
        return value == null ? 0 : Long.parseLong(value);
    }
}

package io.contactcenter.platform.redis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * A server-side script Redis runs atomically: the way a decision stays consistent across any
 * number of service instances. Sent by SHA (EVALSHA) and by source on the first NOSCRIPT.
 */
public final class LuaScript {

    private final String name;
    private final String source;
    private final String sha;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha = sha1(source);
    }

    /** The classpath resources joined in order, e.g. shared functions first, then the script itself. */
    public static LuaScript load(String... resources) {
        StringBuilder source = new StringBuilder();
        for (String resource : resources) {
            source.append(read(resource)).append('\n');
        }
        return new LuaScript(resources[resources.length - 1], source.toString());
    }

    /** Runs the script; its reply (a flat array) comes back as strings. Lazy: each subscription runs it again. */
    public Uni<List<String>> run(ReactiveRedisDataSource redis, List<String> keys, List<String> args) {
        return execute(redis, keys, args).map(LuaScript::strings);
    }

    private Uni<Response> execute(ReactiveRedisDataSource redis, List<String> keys, List<String> args) {
        List<String> evalsha = new ArrayList<>(keys.size() + args.size() + 2);
        evalsha.add(sha);
        evalsha.add(Integer.toString(keys.size()));
        evalsha.addAll(keys);
        evalsha.addAll(args);
        return redis.execute("EVALSHA", evalsha.toArray(String[]::new))
                .onFailure(e -> String.valueOf(e.getMessage()).startsWith("NOSCRIPT")).recoverWithUni(() -> {
                    List<String> eval = new ArrayList<>(evalsha);
                    eval.set(0, source);
                    return redis.execute("EVAL", eval.toArray(String[]::new));
                });
    }

    /** Runs a script that answers one string (e.g. a JSON object). Lazy: each subscription runs it again. */
    public Uni<String> runForText(ReactiveRedisDataSource redis, List<String> keys, List<String> args) {
        return execute(redis, keys, args).map(Response::toString);
    }

    /** The SHA-1 Redis knows the script by (benchmarks call it directly). */
    public String sha() {
        return sha;
    }

    private static List<String> strings(Response response) {
        List<String> out = new ArrayList<>(response.size());
        for (Response item : response) {
            out.add(item == null ? "" : item.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String read(String path) {
        try (InputStream in = LuaScript.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

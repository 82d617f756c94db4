package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The routing scripts on Redis Cluster, unchanged: a redis-server in cluster mode (one node owning every
 * slot, so the cluster rules apply: a script may only touch keys of one slot) and routing-service with
 * the cluster client. Every key of a partition carries its hash tag, so the whole call cycle works, and
 * its events are relayed from the cluster's streams.
 */
class RedisClusterIT {

    @Test
    void theCallCycleRunsOnRedisCluster() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "cl" + run + "-";
        Path dir = Files.createDirectories(Path.of("target/redis-cluster-" + run).toAbsolutePath());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--cluster-enabled", "yes", "--cluster-config-file", dir.resolve("nodes.conf").toString(),
                "--dir", dir.toString(), "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile()).start();
        try {
            Awaitility.await("redis-server on " + port).atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> cli(port, "PING").contains("PONG"));
            cli(port, "CLUSTER", "ADDSLOTSRANGE", "0", "16383");
            Awaitility.await("cluster state ok").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> cli(port, "CLUSTER", "INFO").contains("cluster_state:ok"));
            try (RoutingInstances routing = new RoutingInstances("redis-cluster", "it-cl-" + run)
                    .with("QUARKUS_REDIS_CLIENT_TYPE", "cluster")
                    .with("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:" + port).start(1);
                    EventLog log = new EventLog(routing, prefix)) {
                routing.defineQueue("cl", "cl>=1", 0);
                String agent = prefix + "a";
                routing.registerAvailable(agent, "t", "cl");
                String contact = prefix + "c";
                String answer = routing.call("POST", "/contacts", "pbx",
                        "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"cl\"}", 0);
                assertEquals(agent, field(answer, "agentId"), answer);
                routing.call("POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"" + agent + "\"}", 0);
                routing.call("POST", "/contacts/" + contact + "/end", "pbx",
                        "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", 0);
                assertEquals("ENDED", field(routing.call("GET", "/contacts/" + contact, "supervisor", null, 0), "state"));
                log.readUntil(l -> l.contact(contact).size() >= 3, Duration.ofSeconds(30), "the contact's events");
                assertEquals(List.of("contactcenter.call.routed", "contactcenter.call.answered", "contactcenter.call.ended"),
                        log.contact(contact).stream().map(EventLog.Event::type).toList());
                System.out.printf("redis cluster: call cycle and its events on a cluster-mode Redis (%s)%n",
                        cli(port, "CLUSTER", "KEYSLOT", "cc:{it-cl-" + run + "}:clock").trim());
            }
        } finally {
            redis.destroyForcibly();
        }
    }

    private static String cli(int port, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}

package io.contactcenter.platform.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;

/**
 * A real single-node KRaft broker of the test's own, run from the Kafka jars the launcher downloaded
 * (.local/kafka/lib), with its data under target/. The test can stop it (the process, not a port)
 * and start it again on the same ports and data, without touching the platform's broker.
 */
final class PrivateKafka implements AutoCloseable {

    private final Path lib;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    PrivateKafka(Path repoRoot, Path dir) throws IOException, InterruptedException {
        this.lib = repoRoot.resolve(".local/kafka/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " missing: run `deploy/local/cc infra` (cc test does) first");
        }
        this.dir = dir;
        this.port = freePort();
        this.controllerPort = freePort();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller", "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port, "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"), "auto.create.topics.enable=false", "num.partitions=1",
                "default.replication.factor=1", "min.insync.replicas=1", "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10", "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1", "group.initial.rebalance.delay.ms=0", ""));
        String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.nio.ByteBuffer.allocate(16).putLong(UUID.randomUUID().getMostSignificantBits())
                        .putLong(UUID.randomUUID().getLeastSignificantBits()).array());
        run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", dir.resolve("server.properties").toString(),
                "--ignore-formatted"), dir.resolve("format.log")).waitFor(60, TimeUnit.SECONDS);
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker process and waits until it accepts connections. */
    void start() throws IOException {
        process = run(List.of("kafka.Kafka", dir.resolve("server.properties").toString()), dir.resolve("kafka.log"));
        Awaitility.await("private Kafka on " + bootstrap()).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Kafka exited, see " + dir.resolve("kafka.log"));
                    }
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    /** Stops the broker process (SIGTERM, as an operator or Kubernetes would) and waits for it to exit. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    void createTopics(Map<String, Integer> partitions) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (Admin admin = Admin.create(p)) {
            List<NewTopic> topics = new ArrayList<>();
            partitions.forEach((name, n) -> topics.add(new NewTopic(name, n, (short) 1)));
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    private Process run(List<String> mainAndArgs, Path log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx384m", "-cp", lib + "/*"));
        cmd.addAll(mainAndArgs);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}

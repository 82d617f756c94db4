package io.contactcenter.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Topics of the test run's own on the real broker, so tests never mix with a platform started by
 * {@code cc up} (which would consume test events, and whose events tests would read). The broker
 * does not auto-create topics: this resource creates {@code <prefix><name>} for every name in its
 * {@code topics} argument before Quarkus starts, and deletes them when it stops. The prefix is new
 * per start ({@code test.<random>.}) and offered as {@value #PREFIX_PROPERTY}; each service's
 * {@code %test} profile builds its channel topics and the outbox prefix from it.
 * <p>
 * Dead-letter topics ({@code *.dlq}) get one partition, the others three.
 */
public class KafkaTestTopics implements QuarkusTestResourceLifecycleManager {

    public static final String PREFIX_PROPERTY = "test.kafka.topic-prefix";
    /**
     * No time-based retention: tests that fix the clock stamp records with days-old times, which the
     * broker's default retention (7 days, by record time) would delete while the test reads them.
     */
    private static final Map<String, String> KEEP_EVERYTHING = Map.of("retention.ms", "-1");

    private List<String> names = List.of();
    private String prefix;

    @Override
    public void init(Map<String, String> initArgs) {
        names = Arrays.stream(initArgs.getOrDefault("topics", "").split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        prefix = "test." + UUID.randomUUID().toString().substring(0, 8) + ".";
        try (Admin admin = admin()) {
            admin.createTopics(names.stream()
                    .map(n -> new NewTopic(prefix + n, n.endsWith(".dlq") ? 1 : 3, (short) 1).configs(KEEP_EVERYTHING))
                    .toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test topics " + names + " with prefix " + prefix, e);
        }
        return Map.of(PREFIX_PROPERTY, prefix);
    }

    @Override
    public void stop() {
        try (Admin admin = admin()) {
            admin.deleteTopics(names.stream().map(n -> prefix + n).toList()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Left behind under test.<random>.: harmless, and the next run uses a new prefix.
        }
    }

    /** The run's name of catalog topic {@code name}; call inside a Quarkus test. */
    public static String topic(String name) {
        return ConfigProvider.getConfig().getValue(PREFIX_PROPERTY, String.class) + name;
    }

    public static String bootstrapServers() {
        return System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    }

    private static Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }
}

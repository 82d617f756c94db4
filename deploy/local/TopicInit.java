import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates / updates the platform's Kafka topics in one JVM (Java 17 single-file source launch).
 *
 * <pre>
 *   java -cp ".local/kafka/lib/*" deploy/local/TopicInit.java deploy/topics.conf 127.0.0.1:9092
 * </pre>
 *
 * topics.conf: one topic per line {@code name partitions replication retention_ms}; '#' starts a
 * comment. Missing topics are created, partition counts are raised (never lowered) and
 * {@code retention.ms} is kept in sync. Replication factors of existing topics are not changed.
 * The environment variables CC_TOPIC_PARTITIONS / CC_TOPIC_REPLICATION override the partition /
 * replication columns for every topic. Exit code 0 on success, 1 on any failure, 2 on bad usage.
 */
public class TopicInit {

    record Spec(String name, int partitions, short replication, long retentionMs) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TopicInit <topics.conf> <bootstrap-servers>");
            System.exit(2);
        }
        List<Spec> specs;
        try {
            specs = parse(Path.of(args[0]));
        } catch (IllegalArgumentException e) {
            System.err.println("TopicInit: " + e.getMessage());
            System.exit(2);
            return;
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "cc-topic-init");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");

        int created = 0, grown = 0, retuned = 0, unchanged = 0;
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();

            // 1. create the missing topics in one request
            List<NewTopic> toCreate = new ArrayList<>();
            for (Spec s : specs) {
                if (!existing.contains(s.name())) {
                    toCreate.add(new NewTopic(s.name(), s.partitions(), s.replication())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(s.retentionMs()))));
                }
            }
            if (!toCreate.isEmpty()) {
                var results = admin.createTopics(toCreate).values();
                for (NewTopic t : toCreate) {
                    try {
                        results.get(t.name()).get();
                        created++;
                        System.out.println("    topic " + t.name() + ": created");
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw new IllegalStateException("cannot create topic " + t.name() + ": " + ex.getCause(), ex);
                        }
                    }
                }
            }

            // 2. existing topics: raise partition counts, sync retention.ms
            List<String> old = specs.stream().map(Spec::name).filter(existing::contains).toList();
            if (!old.isEmpty()) {
                Map<String, TopicDescription> descriptions = admin.describeTopics(old).allTopicNames().get();
                Collection<ConfigResource> resources = old.stream()
                        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
                Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();

                Map<String, NewPartitions> grow = new LinkedHashMap<>();
                Map<ConfigResource, Collection<AlterConfigOp>> alter = new LinkedHashMap<>();
                for (Spec s : specs) {
                    if (!existing.contains(s.name())) {
                        continue;
                    }
                    boolean changed = false;
                    int current = descriptions.get(s.name()).partitions().size();
                    if (current < s.partitions()) {
                        grow.put(s.name(), NewPartitions.increaseTo(s.partitions()));
                        System.out.println("    topic " + s.name() + ": partitions " + current + " -> " + s.partitions());
                        changed = true;
                    }
                    ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, s.name());
                    ConfigEntry retention = configs.get(res).get(TopicConfig.RETENTION_MS_CONFIG);
                    String want = Long.toString(s.retentionMs());
                    if (retention == null || !want.equals(retention.value())) {
                        alter.put(res, List.of(new AlterConfigOp(
                                new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, want), AlterConfigOp.OpType.SET)));
                        System.out.println("    topic " + s.name() + ": retention.ms -> " + want);
                        changed = true;
                    }
                    if (!changed) {
                        unchanged++;
                    }
                }
                if (!grow.isEmpty()) {
                    admin.createPartitions(grow).all().get();
                    grown = grow.size();
                }
                if (!alter.isEmpty()) {
                    admin.incrementalAlterConfigs(alter).all().get();
                    retuned = alter.size();
                }
            }
        } catch (ExecutionException e) {
            System.err.println("TopicInit: " + e.getCause());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("TopicInit: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("topics: %d created, %d grown, %d retention updated, %d unchanged%n",
                created, grown, retuned, unchanged);
    }

    static List<Spec> parse(Path file) throws Exception {
        Integer partitionsOverride = intEnv("CC_TOPIC_PARTITIONS");
        Integer replicationOverride = intEnv("CC_TOPIC_REPLICATION");
        List<Spec> specs = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file)) {
            lineNo++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                throw new IllegalArgumentException(file + ":" + lineNo
                        + ": expected 'name partitions replication retention_ms', got '" + line + "'");
            }
            try {
                int partitions = partitionsOverride != null ? partitionsOverride : Integer.parseInt(f[1]);
                int replication = replicationOverride != null ? replicationOverride : Integer.parseInt(f[2]);
                long retention = Long.parseLong(f[3]);
                if (partitions < 1 || replication < 1 || replication > Short.MAX_VALUE || retention < -1) {
                    throw new NumberFormatException("out of range");
                }
                specs.add(new Spec(f[0], partitions, (short) replication, retention));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": bad number in '" + line + "'");
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException(file + ": no topics");
        }
        return specs;
    }

    static Integer intEnv(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < 1) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer, got '" + v + "'");
        }
    }
}

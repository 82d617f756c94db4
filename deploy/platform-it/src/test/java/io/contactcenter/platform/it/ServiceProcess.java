package io.contactcenter.platform.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import io.contactcenter.testing.Tokens;

/** One packaged service (its module's target/quarkus-app) with system properties of the test's choosing. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String name;
    private final Process process;
    final String url;

    private ServiceProcess(String name, Process process, String url) {
        this.name = name;
        this.process = process;
        this.url = url;
    }

    static ServiceProcess start(Path repoRoot, String module, Path logDir, Map<String, String> properties)
            throws IOException {
        return start(repoRoot, module, logDir, properties, PrivateKafka.freePort());
    }

    /** On a port chosen beforehand: when services must know each other's URLs before any of them runs. */
    static ServiceProcess start(Path repoRoot, String module, Path logDir, Map<String, String> properties, int port)
            throws IOException {
        Path jar = repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " missing: the services are packaged earlier in the reactor "
                    + "(./mvnw verify from the root)");
        }
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-Dquarkus.http.port=" + port);
        cmd.add("-jar");
        cmd.add(jar.toString());
        Path log = logDir.resolve(module + ".log");
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(module, process, "http://127.0.0.1:" + port);
        Awaitility.await(module + " ready (see " + log + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300)).ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited, see " + log);
                    }
                    return Files.readString(log).contains("Listening on: http://0.0.0.0:" + port)
                            && HTTP.send(HttpRequest.newBuilder(URI.create(service.url + "/q/health/ready")).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
        return service;
    }

    /** A call with a token of {@code role}; the answer's body, or an AssertionError naming the status. */
    String call(String method, String path, String role, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + Tokens.forRole(role)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new AssertionError(name + ": " + method + " " + path + " -> " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new AssertionError(name + ": " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }
}

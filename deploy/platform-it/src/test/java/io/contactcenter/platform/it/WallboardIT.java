package io.contactcenter.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.contactcenter.testing.Tokens;

/**
 * The wallboard in a real browser: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, opens routing's /wallboard, logs in with a pasted supervisor token, and shows a queue's
 * figures change as contacts are routed and answered through the API, without a reload (a marker the test
 * sets in the page after it loads is still there at the end). The page's other panels read
 * recognition-service (this month's praise ranking) and ticket-service (complaints near their deadline)
 * across origins, with CORS.
 *
 * <p>Why here rather than a {@code @QuarkusTest} in routing-service: the page depends on three services
 * (and, through the figures stream's feed, on Kafka), so the test runs the packaged services as
 * processes, each on its own port (the browser sees three origins, as on a wall screen), on a Kafka
 * broker of its own and the local Redis and PostgreSQL (databases of its own): the same build a team
 * leader's screen talks to, nothing stubbed.
 *
 * <p>The browser is installed when missing ({@code apt-get install -y chromium chromium-driver
 * fonts-wqy-microhei}, as root; the font shows the Chinese labels in the screenshot). The screenshot of
 * the page goes to target/platform-it/wallboard.png; {@code -Dwallboard.screenshot=PATH} copies it there too.
 * {@code -Dwallboard.demo=true} also starts quality-service and plays deploy/local/Demo.java (a 20-agent
 * centre) against the stack, and takes the screenshot during it (how docs/wallboard.png is made).
 */
class WallboardIT {

    static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-wqy-microhei");
    /** Figures are pushed every second: a change shows within a few; the services' first reads take longer. */
    static final Duration SHOWN = Duration.ofSeconds(20);
    static final String QUEUE = "wall";
    static final int CALLS = 3;
    static final Duration DEMO_BEFORE_SCREENSHOT = Duration.ofSeconds(40);

    @BeforeAll
    static void browserInstalled() throws Exception {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.exists(CJK_FONT)) {
            return;
        }
        List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "--no-install-recommends"));
        install.addAll(PACKAGES);
        if (!run(install)) {
            // a fresh machine may not have read the package lists yet
            run(List.of("apt-get", "update"));
            if (!run(install)) {
                throw new IllegalStateException("could not install " + PACKAGES + " (apt-get as root): see above");
            }
        }
    }

    @Test
    void theQueueFiguresChangeLiveAsContactsAreRoutedAndAnswered() throws Exception {
        Path root = Path.of(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/platform-it/target/platform-it");
        Files.createDirectories(work);
        boolean demo = Boolean.getBoolean("wallboard.demo");
        String redisDb = System.getProperty("wallboard.redis-db", "12");
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> databases = new ArrayList<>(List.of("ticket_wall_it", "recognition_wall_it"));
        if (demo) {
            databases.add("quality_wall_it");
        }
        for (String db : databases) {
            psql("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            psql("CREATE DATABASE " + db + " OWNER contactcenter");
        }
        sh("redis-cli", "-n", redisDb, "FLUSHDB");
        Path publicKey = work.resolve("jwt-public.pem");
        try (InputStream in = WallboardIT.class.getClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            Files.write(publicKey, in.readAllBytes());
        }

        try (PrivateKafka kafka = new PrivateKafka(root, work.resolve("kafka-wall-" + run))) {
            kafka.start();
            kafka.createTopics(BrokerOutageIT.topics(root));
            int routingPort = PrivateKafka.freePort();
            int ticketPort = PrivateKafka.freePort();
            int recognitionPort = PrivateKafka.freePort();
            String routingOrigin = "http://127.0.0.1:" + routingPort;
            Map<String, String> common = Map.of("kafka.bootstrap.servers", kafka.bootstrap(),
                    "mp.jwt.verify.publickey.location", publicKey.toString());
            Map<String, String> crossOrigin = with(common, "quarkus.http.cors.origins", routingOrigin);
            List<ServiceProcess> services = new ArrayList<>();
            // Started side by side: each knows the others' ports beforehand.
            ExecutorService starting = Executors.newFixedThreadPool(4);
            try {
                List<Future<ServiceProcess>> started = new ArrayList<>();
                started.add(starting.submit(() -> ServiceProcess.start(root, "routing-service", work, with(common,
                        "quarkus.redis.hosts", "redis://127.0.0.1:6379/" + redisDb, "routing.partition", "wall-" + run,
                        "routing.wallboard.ticket-url", "http://127.0.0.1:" + ticketPort,
                        "routing.wallboard.recognition-url", "http://127.0.0.1:" + recognitionPort), routingPort)));
                started.add(starting.submit(() -> ServiceProcess.start(root, "ticket-service", work,
                        BrokerOutageIT.withDb(crossOrigin, "ticket_wall_it"), ticketPort)));
                started.add(starting.submit(() -> ServiceProcess.start(root, "recognition-service", work,
                        with(BrokerOutageIT.withDb(crossOrigin, "recognition_wall_it"), "quarkus.redis.hosts",
                                "redis://127.0.0.1:6379/" + redisDb), recognitionPort)));
                if (demo) {
                    started.add(starting.submit(() -> ServiceProcess.start(root, "quality-service", work,
                            BrokerOutageIT.withDb(common, "quality_wall_it"))));
                }
                AssertionError failed = null;
                for (Future<ServiceProcess> f : started) {
                    try {
                        services.add(f.get(3, TimeUnit.MINUTES));
                    } catch (java.util.concurrent.ExecutionException e) {
                        failed = new AssertionError("a service did not start", e.getCause());
                    }
                }
                if (failed != null) {
                    throw failed;
                }
                exercise(root, work, services, run, demo);
            } finally {
                starting.shutdownNow();
                services.forEach(ServiceProcess::close);
            }
        }
    }

    private void exercise(Path root, Path work, List<ServiceProcess> services, String run, boolean demo)
            throws Exception {
        ServiceProcess routing = services.get(0);
        ServiceProcess tickets = services.get(1);
        ServiceProcess recognition = services.get(2);
        String team = "wall-team-" + run;
        String star = "wall-" + run + "-a0";
        String runnerUp = "wall-" + run + "-a1";
        routing.call("PUT", "/queues/" + QUEUE, "admin", "{\"expression\":\"wall>=1\",\"priority\":1,"
                + "\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}");
        for (String agent : List.of(star, runnerUp)) {
            routing.call("PUT", "/agents/" + agent, "admin", "{\"name\":\"" + (agent.equals(star) ? "王芳" : "李雷")
                    + "\",\"teamId\":\"" + team + "\",\"hireDate\":\"2020-01-01\",\"skills\":{\"wall\":1}}");
        }
        for (String agent : List.of(star, star, runnerUp)) {
            recognition.call("POST", "/praise", "supervisor", "{\"agentId\":\"" + agent + "\",\"teamId\":\"" + team
                    + "\",\"source\":\"SUPERVISOR\",\"comment\":\"耐心解答 / patient\"}");
        }
        String complaint = BrokerOutageIT.field(tickets.call("POST", "/tickets", "agent", "{\"type\":\"COMPLAINT\","
                + "\"channel\":\"PHONE\",\"subject\":\"重复扣费 / billed twice\",\"owningTeam\":\"" + team + "\"}"), "id");

        ChromeDriverService driverService = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(work.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        // as root (CI), Chromium runs only without its sandbox; /dev/shm may be small on a build machine
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1150",
                "--lang=zh-CN", "--user-data-dir=" + work.resolve("chromium-" + run));
        ChromeDriver browser = new ChromeDriver(driverService, options);
        Process demoRun = null;
        try {
            browser.get(routing.url + "/wallboard");
            assertTrue(browser.getCurrentUrl().endsWith("/wallboard/"), browser.getCurrentUrl());
            browser.findElement(By.id("token")).sendKeys(Tokens.forRole("supervisor", "wall-supervisor"));
            browser.findElement(By.id("connect")).click();
            Awaitility.await("the queue's row on the page").atMost(SHOWN).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> cell(browser, "waiting") != null);
            String before = figures(browser);
            assertEquals("waiting=0 offered=0 answered=0", before, "a new queue");
            JavascriptExecutor js = browser;
            js.executeScript("window.__wallboardIt = 'loaded once'");
            long updatesBefore = ((Number) js.executeScript("return window.wallboard.updates")).longValue();

            List<String> contacts = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                String contact = "wall-" + run + "-c" + i;
                contacts.add(contact);
                String answer = routing.call("POST", "/contacts", "pbx", "{\"contactId\":\"" + contact
                        + "\",\"channel\":\"VOICE\",\"queueId\":\"" + QUEUE + "\"}");
                assertTrue(answer.contains("\"QUEUED\""), answer);
            }
            awaitFigures(browser, "waiting=" + CALLS + " offered=" + CALLS + " answered=0");

            // An agent comes in: it gets the longest-waiting contact, and the PBX connects it.
            String ready = routing.call("POST", "/agents/" + star + "/state", "pbx", "{\"state\":\"AVAILABLE\"}");
            String offered = BrokerOutageIT.field(ready, "contactId");
            assertEquals(contacts.get(0), offered, ready);
            routing.call("POST", "/contacts/" + offered + "/answer", "pbx", "{\"agentId\":\"" + star + "\"}");
            awaitFigures(browser, "waiting=" + (CALLS - 1) + " offered=" + CALLS + " answered=1");
            Awaitility.await("the agent on a call").atMost(SHOWN).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> "1".equals(browser.findElement(By.cssSelector(
                            "tr[data-queue='" + QUEUE + "'] [data-state='BUSY']")).getDomAttribute("data-value")));
            // Its talk time makes occupancy: the queue's (from its figures) and the centre's (from centre-figures).
            Awaitility.await("occupancy on the page").atMost(SHOWN).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptions().until(() -> Double.parseDouble(cell(browser, "occupancy")) > 0
                            && Double.parseDouble(browser.findElement(By.cssSelector(
                                    "#centre [data-field='occupancy']")).getDomAttribute("data-value")) > 0);

            assertEquals("loaded once", js.executeScript("return window.__wallboardIt"), "the page was reloaded");
            long updatesAfter = ((Number) js.executeScript("return window.wallboard.updates")).longValue();
            assertTrue(updatesAfter > updatesBefore, "updates " + updatesBefore + " -> " + updatesAfter);

            // The other origins' panels: this month's ranking and the complaint, read with the same token.
            Awaitility.await("the praise ranking").atMost(SHOWN).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                    .until(() -> star.equals(browser.findElement(By.cssSelector("#praise li")).getDomAttribute("data-agent")));
            assertTrue(browser.findElement(By.cssSelector("#praise li")).getText().contains("王芳"),
                    browser.findElement(By.id("praise")).getText());
            Awaitility.await("the complaint near its deadline").atMost(SHOWN).pollInterval(Duration.ofMillis(300))
                    .ignoreExceptions().until(() -> !browser.findElements(
                            By.cssSelector("#complaints li[data-ticket='" + complaint + "']")).isEmpty());

            if (demo) {
                // the demo starts its traffic once the figures stand still: the callers still waiting hang up
                for (String contact : contacts.subList(1, CALLS)) {
                    routing.call("POST", "/contacts/" + contact + "/abandon", "pbx", "");
                }
                demoRun = startDemo(root, work, services);
                Path demoLog = work.resolve("demo.log");
                Awaitility.await("the demo's traffic (see " + demoLog + ")").atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> Files.readString(demoLog).contains("s of IVR traffic"));
                Thread.sleep(DEMO_BEFORE_SCREENSHOT.toMillis());
                assertEquals("loaded once", js.executeScript("return window.__wallboardIt"), "the page was reloaded");
            }
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(work.resolve("wallboard.png"), png);
            String copy = System.getProperty("wallboard.screenshot");
            if (copy != null && !copy.isBlank()) {
                Files.write(root.resolve(copy), png);
            }
            System.out.printf("wallboard: %s -> %s without a reload (%d figure updates); screenshot %s%n", before,
                    figures(browser), updatesAfter, work.resolve("wallboard.png"));
        } finally {
            if (demoRun != null) {
                demoRun.destroy();
                demoRun.waitFor(20, TimeUnit.SECONDS);
            }
            browser.quit();
        }
    }

    /** deploy/local/Demo.java against this stack, as `cc demo` runs it (its output in target/platform-it). */
    private static Process startDemo(Path root, Path work, List<ServiceProcess> services) throws IOException {
        ProcessBuilder demo = new ProcessBuilder("java", "-cp", root.resolve(".local/kafka/lib") + "/*",
                root.resolve("deploy/local/Demo.java").toString(), "--seconds", "90", "--seed", "7")
                .redirectErrorStream(true).redirectOutput(work.resolve("demo.log").toFile());
        Map<String, String> env = demo.environment();
        env.put("CC_TOKEN_PBX", Tokens.forRole("pbx", "demo-pbx"));
        env.put("CC_TOKEN_ADMIN", Tokens.forRole("admin", "demo-admin"));
        env.put("CC_TOKEN_SUPERVISOR", Tokens.forRole("supervisor", "demo-supervisor"));
        env.put("CC_TOKEN_AGENT", Tokens.forRole("agent", "demo-agent"));
        env.put("CC_ROUTING_URL", services.get(0).url);
        env.put("CC_TICKET_URL", services.get(1).url);
        env.put("CC_RECOGNITION_URL", services.get(2).url);
        env.put("CC_QUALITY_URL", services.get(3).url);
        return demo.start();
    }

    private static void awaitFigures(ChromeDriver browser, String expected) {
        Awaitility.await("the page showing " + expected).atMost(SHOWN).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> expected.equals(figures(browser)));
    }

    /** The queue's row as the page shows it (the cells' data-value, what the numbers on screen are made of). */
    private static String figures(ChromeDriver browser) {
        WebElement offered = browser.findElement(By.cssSelector("tr[data-queue='" + QUEUE + "'] [data-field='offeredAnswered']"));
        return "waiting=" + cell(browser, "waiting") + " offered=" + offered.getDomAttribute("data-value")
                + " answered=" + offered.getDomAttribute("data-answered");
    }

    private static String cell(ChromeDriver browser, String field) {
        return browser.findElement(By.cssSelector("tr[data-queue='" + QUEUE + "'] [data-field='" + field + "']"))
                .getDomAttribute("data-value");
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> out = new HashMap<>(base);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static void psql(String sql) throws Exception {
        sh("psql", "-w", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", sql);
    }

    private static void sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    /** A command with its output in the test's; true when it succeeded. */
    private static boolean run(List<String> cmd) throws Exception {
        ProcessBuilder b = new ProcessBuilder(cmd).inheritIO();
        b.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = b.start();
        return p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0;
    }
}

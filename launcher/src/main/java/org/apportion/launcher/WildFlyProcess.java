package org.apportion.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly run as a child process with its own base directory (configuration copied fresh,
 * data and logs kept), so that the build's server stays pristine for the integration tests.
 */
public final class WildFlyProcess {

    private final Process process;
    private final Path consoleLog;
    private final int portOffset;

    private WildFlyProcess(Process process, Path consoleLog, int portOffset) {
        this.process = process;
        this.consoleLog = consoleLog;
        this.portOffset = portOffset;
    }

    public static WildFlyProcess start(Path serverDir, Path baseDir, Path ear, int portOffset, Database db) throws IOException {
        prepareBaseDir(serverDir, baseDir, ear);
        Path consoleLog = baseDir.resolve("log/console.log");
        List<String> command = new ArrayList<>(List.of(serverDir.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dapportion.db.url=" + db.url(),
                "-Dapportion.db.user=" + db.user(),
                "-Dapportion.db.password=" + db.password()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        // Run WildFly on the launcher's own JDK (21+), whatever the default java of the machine is.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new WildFlyProcess(builder.start(), consoleLog, portOffset);
    }

    private static void prepareBaseDir(Path serverDir, Path baseDir, Path ear) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        deleteTree(configuration);
        deleteTree(baseDir.resolve("deployments"));
        copyTree(serverDir.resolve("standalone/configuration"), configuration);
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.createDirectories(baseDir.resolve("log"));
        Files.copy(ear, baseDir.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public Path consoleLog() {
        return consoleLog;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(consoleLog);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + consoleLog + ": " + e.getMessage() + ")";
        }
    }

    /** Asks WildFly to shut down (SIGTERM runs its graceful shutdown), then insists after 30 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.apportion.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Watches the heap of the WildFly JVM through JMX (attach API, local management agent), sampled each time
 * the benchmark polls, and reads the process's peak resident memory from /proc.
 */
final class ServerHeap implements AutoCloseable {

    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private long peakUsed;
    private long peakCommitted;

    private ServerHeap(long pid, JMXConnector connector, MemoryMXBean memory) {
        this.pid = pid;
        this.connector = connector;
        this.memory = memory;
    }

    /** The WildFly JVM among this process's descendants, or empty when it cannot be watched. */
    static Optional<ServerHeap> attach() {
        Optional<ProcessHandle> server = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
                .findFirst();
        if (server.isEmpty()) {
            return Optional.empty();
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(server.get().pid()));
            String address = vm.startLocalManagementAgent();
            vm.detach();
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            return Optional.of(new ServerHeap(server.get().pid(), connector, memory));
        } catch (Exception e) {
            System.out.println("(server heap not watched: " + e + ")");
            return Optional.empty();
        }
    }

    void sample() {
        try {
            var heap = memory.getHeapMemoryUsage();
            peakUsed = Math.max(peakUsed, heap.getUsed());
            peakCommitted = Math.max(peakCommitted, heap.getCommitted());
        } catch (RuntimeException e) {
            // The server may be going down; the peaks so far stand.
        }
    }

    long peakUsedBytes() {
        return peakUsed;
    }

    long peakCommittedBytes() {
        return peakCommitted;
    }

    /** VmHWM: the most resident memory the process has had, in bytes (Linux only). */
    Optional<Long> peakResidentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}

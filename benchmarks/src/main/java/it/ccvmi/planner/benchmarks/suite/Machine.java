package it.ccvmi.planner.benchmarks.suite;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the numbers were measured on: they only compare between runs on the same machine and JDK. */
record Machine(int cores, long memoryMegabytes, String cpuModel, String os, String jdk) {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() / 1_048_576 : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, readCpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    }

    /** Linux names the CPU in /proc/cpuinfo; elsewhere the model stays unknown. */
    private static String readCpuModel() {
        if (!Files.isReadable(CPU_INFO)) {
            return "unknown";
        }
        try (Stream<String> lines = Files.lines(CPU_INFO)) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}

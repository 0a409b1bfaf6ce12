package it.ccvmi.planner.benchmarks.quality;

import java.nio.file.Path;

/** A benchmark file that cannot be read, naming the file and line. */
final class InstanceFormatException extends RuntimeException {

    InstanceFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
}

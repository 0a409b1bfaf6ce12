package it.ccvmi.planner.routing.matrix;

import com.graphhopper.storage.RoutingCHGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The flattened hierarchy stored next to the prepared graph, so that a warm start reads a few arrays instead of
 * re-deriving shortcut times from the graph (seconds for the metro area). The first start from a graph folder
 * writes it, through a temporary file and an atomic rename, so concurrent starts never read a partial file.
 */
public final class UpwardGraphFile {

    static final String FILE_NAME = "cisiamo-matrix-graph.bin";
    private static final int MAGIC = 0x43534D47; // "CSMG"
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(UpwardGraphFile.class);

    private UpwardGraphFile() {
    }

    /** Reads the stored flattened hierarchy of the graph folder, or builds and stores it. */
    public static UpwardGraph loadOrBuild(Path graphDirectory, RoutingCHGraph ch) throws IOException {
        Path file = graphDirectory.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        UpwardGraph graph = UpwardGraph.of(ch);
        try {
            Path temporary = Files.createTempFile(graphDirectory, FILE_NAME, ".tmp");
            write(graph, temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            LOG.warn("Graph folder {} is read-only: the matrix search graph is rebuilt at every start", graphDirectory);
        }
        return graph;
    }

    static void write(UpwardGraph graph, Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer header = ByteBuffer.allocate(5 * Integer.BYTES)
                    .putInt(MAGIC).putInt(VERSION).putInt(graph.nodeCount).putInt(graph.edgeBased ? 1 : 0)
                    .putInt(graph.edgeKeyCount);
            writeFully(channel, header.flip());
            writeArcs(channel, graph.forward);
            writeArcs(channel, graph.backward);
            channel.force(false);
        }
    }

    static UpwardGraph read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = readFully(channel, 5 * Integer.BYTES);
            if (header.getInt() != MAGIC || header.getInt() != VERSION) {
                throw new IOException("Not a matrix search graph of this version: " + file + "; delete it");
            }
            int nodeCount = header.getInt();
            boolean edgeBased = header.getInt() == 1;
            int edgeKeyCount = header.getInt();
            return new UpwardGraph(readArcs(channel), readArcs(channel), nodeCount, edgeBased, edgeKeyCount);
        }
    }

    private static void writeArcs(FileChannel channel, UpwardArcs arcs) throws IOException {
        int n = arcs.head.length;
        ByteBuffer buffer = ByteBuffer.allocate(2 * Integer.BYTES + arcs.first.length * Integer.BYTES
                + n * (3 * Integer.BYTES + 3 * Long.BYTES));
        buffer.putInt(arcs.first.length).putInt(n);
        buffer.asIntBuffer().put(arcs.first);
        buffer.position(buffer.position() + arcs.first.length * Integer.BYTES);
        buffer.asIntBuffer().put(arcs.head).put(arcs.firstEdgeKey).put(arcs.lastEdgeKey);
        buffer.position(buffer.position() + 3 * n * Integer.BYTES);
        buffer.asDoubleBuffer().put(arcs.weight).put(arcs.metres);
        buffer.position(buffer.position() + 2 * n * Double.BYTES);
        buffer.asLongBuffer().put(arcs.millis);
        buffer.position(buffer.position() + n * Long.BYTES);
        writeFully(channel, buffer.flip());
    }

    private static UpwardArcs readArcs(FileChannel channel) throws IOException {
        ByteBuffer sizes = readFully(channel, 2 * Integer.BYTES);
        int firstLength = sizes.getInt();
        int n = sizes.getInt();
        ByteBuffer buffer = readFully(channel, firstLength * Integer.BYTES + n * (3 * Integer.BYTES + 3 * Long.BYTES));
        int[] first = new int[firstLength];
        int[] head = new int[n];
        int[] firstEdgeKey = new int[n];
        int[] lastEdgeKey = new int[n];
        double[] weight = new double[n];
        double[] metres = new double[n];
        long[] millis = new long[n];
        buffer.asIntBuffer().get(first).get(head).get(firstEdgeKey).get(lastEdgeKey);
        buffer.position((firstLength + 3 * n) * Integer.BYTES);
        buffer.asDoubleBuffer().get(weight).get(metres);
        buffer.position(buffer.position() + 2 * n * Double.BYTES);
        buffer.asLongBuffer().get(millis);
        return new UpwardArcs(first, head, weight, millis, metres, firstEdgeKey, lastEdgeKey);
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static ByteBuffer readFully(FileChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new IOException("Matrix search graph file is truncated; delete it");
            }
        }
        return buffer.flip();
    }
}

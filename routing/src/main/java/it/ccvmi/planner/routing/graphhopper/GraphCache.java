package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.util.Constants;
import it.ccvmi.planner.routing.RoutingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Prepared road graphs on disk, one folder per (PBF checksum, profile): {@code <pbf-sha256>-<profile-hash>}.
 * A changed PBF or profile gets a new folder and is imported; an unchanged one is loaded in seconds.
 * <p>
 * Imports are safe against concurrent starts: a process holds an OS file lock on {@code <key>.lock} while it
 * imports, imports into a private temporary folder and renames it atomically when complete. A reader therefore
 * sees either no folder or a complete one; a second process waits for the lock and then loads the result.
 */
final class GraphCache {

    /** Bumped when the way this module prepares graphs changes, so old caches are not reused. */
    private static final String FORMAT = "cisiamo-graph-2";
    private static final String COMPLETE_MARKER = "cisiamo-complete.txt";
    private static final String TURN_COSTS = "turn-costs=";
    private static final Logger LOG = LoggerFactory.getLogger(GraphCache.class);

    /**
     * A prepared graph, loaded and ready to route.
     *
     * @param turnCosts whether the extract has turn restrictions, hence the graph turn costs
     */
    record LoadedGraph(GraphHopper hopper, String pbfSha256, Path directory, boolean imported, boolean turnCosts) {
    }

    private GraphCache() {
    }

    static LoadedGraph openOrImport(Path pbf, Path cacheRoot, VanProfile profile) {
        if (!Files.isRegularFile(pbf)) {
            throw new RoutingException("OSM extract not found: " + pbf.toAbsolutePath()
                    + " (see the README: data setup, scripts/fetch-osm)");
        }
        try {
            Files.createDirectories(cacheRoot);
            String sha256 = sha256(pbf);
            String key = sha256.substring(0, 16) + "-" + profileHash(profile);
            Path graphDir = cacheRoot.resolve(key);
            boolean imported = false;
            if (!isComplete(graphDir)) {
                imported = importUnderLock(pbf, cacheRoot, key, graphDir, profile);
            }
            boolean turnCosts = readTurnCosts(graphDir);
            return new LoadedGraph(load(pbf, graphDir, profile, turnCosts), sha256, graphDir, imported, turnCosts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the road graph of " + pbf + " in " + cacheRoot, e);
        }
    }

    static String profileHash(VanProfile profile) {
        // turn costs are left out: they follow from the extract, which the checksum already identifies
        String identity = FORMAT + "|" + Constants.VERSION + "|" + VanProfile.ENCODED_VALUES + "|CH|"
                + profile.toGraphHopperProfile(false).getVersion() + "|" + profile.toGraphHopperProfile(false).getCustomModel();
        return sha256(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Returns true if this call imported the graph, false if another process did while we waited. */
    private static synchronized boolean importUnderLock(Path pbf, Path cacheRoot, String key, Path graphDir,
                                                        VanProfile profile) throws IOException {
        Path lockFile = cacheRoot.resolve(key + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (isComplete(graphDir)) {
                LOG.info("Road graph {} was prepared by another process meanwhile", graphDir);
                return false;
            }
            deleteLeftovers(cacheRoot, key, graphDir);
            Path building = Files.createTempDirectory(cacheRoot, key + ".building-");
            long start = System.nanoTime();
            try {
                boolean turnCosts = TurnRestrictionScan.hasTurnRestrictions(pbf);
                LOG.info("Importing {} for profile {} into {}; the Milan metro area takes about a minute",
                        pbf, profile.describe(turnCosts), building);
                configure(pbf, building, profile, turnCosts).importAndClose();
                Files.writeString(building.resolve(COMPLETE_MARKER), "pbf=" + pbf.toAbsolutePath() + "\nprofile="
                        + profile.describe(turnCosts) + "\n" + TURN_COSTS + turnCosts + "\n");
            } catch (RuntimeException e) {
                deleteRecursively(building);
                throw new RoutingException("Cannot import the OSM extract " + pbf.toAbsolutePath() + ": " + e.getMessage(), e);
            }
            Files.move(building, graphDir, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Road graph imported with contraction hierarchy in {} s: {} ({} MB)",
                    (System.nanoTime() - start) / 1_000_000_000, graphDir, sizeMegabytes(graphDir));
            return true;
        }
    }

    private static boolean readTurnCosts(Path graphDir) throws IOException {
        return Files.readAllLines(graphDir.resolve(COMPLETE_MARKER)).contains(TURN_COSTS + true);
    }

    private static GraphHopper load(Path pbf, Path graphDir, VanProfile profile, boolean turnCosts) {
        GraphHopper hopper = configure(pbf, graphDir, profile, turnCosts);
        // read-only: several processes may serve the same cached graph
        hopper.setAllowWrites(false);
        if (!hopper.load()) {
            throw new RoutingException("The cached road graph in " + graphDir + " is unreadable; delete the folder");
        }
        return hopper;
    }

    private static GraphHopper configure(Path pbf, Path location, VanProfile profile, boolean turnCosts) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(pbf.toString());
        hopper.setGraphHopperLocation(location.toString());
        hopper.setEncodedValuesString(VanProfile.ENCODED_VALUES);
        hopper.setProfiles(profile.toGraphHopperProfile(turnCosts));
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile(profile.name()));
        return hopper;
    }

    private static boolean isComplete(Path graphDir) {
        return Files.isRegularFile(graphDir.resolve(COMPLETE_MARKER));
    }

    /** Folders left by an import that crashed; only called while holding the key's lock. */
    private static void deleteLeftovers(Path cacheRoot, String key, Path graphDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cacheRoot, key + ".building-*")) {
            for (Path leftover : leftovers) {
                deleteRecursively(leftover);
            }
        }
        deleteRecursively(graphDir);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static long sizeMegabytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long bytes = walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            return Math.round(bytes / 1_048_576.0);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM provides SHA-256", e);
        }
    }
}

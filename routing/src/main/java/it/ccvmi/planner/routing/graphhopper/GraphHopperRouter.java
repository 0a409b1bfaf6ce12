package it.ccvmi.planner.routing.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.Parameters;
import it.ccvmi.planner.routing.Leg;
import it.ccvmi.planner.routing.Router;
import it.ccvmi.planner.routing.RouterDescription;
import it.ccvmi.planner.routing.RoutingException;
import it.ccvmi.planner.routing.RoutingSite;
import it.ccvmi.planner.routing.SiteTravelMatrix;
import it.ccvmi.planner.routing.matrix.ManyToManySearch;
import it.ccvmi.planner.routing.matrix.SnapAccess;
import it.ccvmi.planner.routing.matrix.TravelCosts;
import it.ccvmi.planner.routing.matrix.UpwardGraph;
import it.ccvmi.planner.routing.matrix.UpwardGraphFile;
import org.locationtech.jts.geom.LineString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Road travel times for the vans from an OpenStreetMap extract: GraphHopper imports the extract into a contraction
 * hierarchy (cached on disk), matrices come from a bucket many-to-many search on that hierarchy, leg geometry from
 * GraphHopper's own route.
 */
public final class GraphHopperRouter implements Router {

    private static final Logger LOG = LoggerFactory.getLogger(GraphHopperRouter.class);
    private static final int MAX_LISTED_PAIRS = 20;

    private final GraphHopper hopper;
    private final Weighting weighting;
    private final String profileName;
    private final SiteSnapper snapper;
    private final ManyToManySearch matrixSearch;
    private final MatrixCache matrixCache;
    private final RouterDescription description;
    private final Path graphDirectory;
    private final boolean imported;

    private GraphHopperRouter(GraphCache.LoadedGraph graph, GraphHopperSettings settings) {
        this.hopper = graph.hopper();
        this.profileName = settings.profile().name();
        RoutingCHGraph ch = hopper.getCHGraphs().get(profileName);
        this.weighting = ch.getWeighting();
        this.snapper = new SiteSnapper(hopper.getLocationIndex(),
                new DefaultSnapFilter(weighting, hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(profileName))),
                hopper.getBaseGraph().getBounds(), settings.maxSnapDistanceMetres());
        long flattenStart = System.nanoTime();
        UpwardGraph upwardGraph = matrixSearchGraph(graph.directory(), ch);
        long flattenMillis = (System.nanoTime() - flattenStart) / 1_000_000;
        this.matrixSearch = new ManyToManySearch(upwardGraph, settings.parallelism());
        this.matrixCache = new MatrixCache(settings.matrixCacheSize());
        this.description = new RouterDescription("graphhopper",
                settings.pbf().getFileName() + " sha256:" + graph.pbfSha256(),
                settings.profile().describe(graph.turnCosts()) + ", GraphHopper " + com.graphhopper.util.Constants.VERSION);
        this.graphDirectory = graph.directory();
        this.imported = graph.imported();
        LOG.info("Road graph ready: {} nodes, {} edges, {} shortcuts; matrix search graph {} arcs ({} MB, ready in {} ms)",
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges(), ch.getShortcuts(),
                upwardGraph.arcCount(), upwardGraph.memoryBytes() / 1_048_576, flattenMillis);
    }

    private static UpwardGraph matrixSearchGraph(Path graphDirectory, RoutingCHGraph ch) {
        try {
            return UpwardGraphFile.loadOrBuild(graphDirectory, ch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the matrix search graph in " + graphDirectory, e);
        }
    }

    /** Loads the prepared graph for the settings' PBF and profile, importing it first if it is not cached. */
    public static GraphHopperRouter open(GraphHopperSettings settings) {
        long start = System.nanoTime();
        GraphHopperRouter router = new GraphHopperRouter(
                GraphCache.openOrImport(settings.pbf(), settings.cacheDirectory(), settings.profile()), settings);
        LOG.info("GraphHopper router started in {} ms ({})", (System.nanoTime() - start) / 1_000_000,
                router.imported ? "imported" : "from cache " + router.graphDirectory);
        return router;
    }

    @Override
    public RouterDescription description() {
        return description;
    }

    @Override
    public SiteTravelMatrix matrix(List<RoutingSite> sites) {
        return matrixCache.get(sites, () -> computeMatrix(sites));
    }

    private SiteTravelMatrix computeMatrix(List<RoutingSite> sites) {
        List<Snap> snaps = snapper.snap(sites);
        double[] snapDistances = snaps.stream().mapToDouble(Snap::getQueryDistance).toArray();
        TravelCosts costs = matrixSearch.compute(SnapAccess.query(hopper.getBaseGraph(), weighting, snaps));
        rejectUnreachable(sites, costs);
        return new SiteTravelMatrix(sites, costs.seconds(), costs.metres(), snapDistances, description);
    }

    private static void rejectUnreachable(List<RoutingSite> sites, TravelCosts costs) {
        List<String> unreachable = new ArrayList<>();
        for (int from = 0; from < sites.size(); from++) {
            for (int to = 0; to < sites.size(); to++) {
                if (!costs.reachable(from, to)) {
                    unreachable.add(sites.get(from) + " → " + sites.get(to));
                }
            }
        }
        if (!unreachable.isEmpty()) {
            throw new RoutingException(String.format(Locale.ROOT, "%d pair(s) of sites have no road route between them: %s%s",
                    unreachable.size(), String.join("; ", unreachable.subList(0, Math.min(MAX_LISTED_PAIRS, unreachable.size()))),
                    unreachable.size() > MAX_LISTED_PAIRS ? "; …" : ""));
        }
    }

    @Override
    public Leg leg(RoutingSite from, RoutingSite to) {
        snapper.snap(List.of(from, to));
        GHRequest request = new GHRequest(from.lat(), from.lon(), to.lat(), to.lon()).setProfile(profileName);
        request.getHints().putObject(Parameters.Routing.INSTRUCTIONS, false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            throw new RoutingException("No road route from " + from + " to " + to + ": " + response.getErrors());
        }
        ResponsePath path = response.getBest();
        LineString geometry = path.getPoints().toLineString(false);
        geometry.setSRID(4326);
        return new Leg(from, to, path.getTime() / 1000.0, path.getDistance(), geometry);
    }

    /** The underlying GraphHopper instance, for comparisons with its own point-to-point routing. */
    public GraphHopper graphHopper() {
        return hopper;
    }

    public String profileName() {
        return profileName;
    }

    /** The cache folder the graph was loaded from. */
    public Path graphDirectory() {
        return graphDirectory;
    }

    /** Whether this start imported the PBF (true) or loaded a cached graph (false). */
    public boolean imported() {
        return imported;
    }

    @Override
    public void close() {
        matrixSearch.close();
        hopper.close();
    }
}

package it.ccvmi.planner.routing.graphhopper;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the GraphHopper router is set up.
 *
 * @param pbf                    the OpenStreetMap extract to route on
 * @param cacheDirectory         where prepared graphs are kept, one folder per (PBF checksum, profile)
 * @param profile                the van profile
 * @param maxSnapDistanceMetres  a site farther than this from any usable road is an error, not a guess
 * @param parallelism            worker threads for matrix searches
 * @param matrixCacheSize        how many matrices (by location set) to keep; 0 disables the cache
 */
public record GraphHopperSettings(Path pbf, Path cacheDirectory, VanProfile profile, double maxSnapDistanceMetres,
                                  int parallelism, int matrixCacheSize) {

    public static final double DEFAULT_MAX_SNAP_DISTANCE_METRES = 500;
    public static final int DEFAULT_MATRIX_CACHE_SIZE = 16;

    public GraphHopperSettings {
        Objects.requireNonNull(pbf, "pbf");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(profile, "profile");
        if (!(maxSnapDistanceMetres > 0)) {
            throw new IllegalArgumentException("Max snap distance must be positive, got " + maxSnapDistanceMetres);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1, got " + parallelism);
        }
        if (matrixCacheSize < 0) {
            throw new IllegalArgumentException("Matrix cache size must not be negative, got " + matrixCacheSize);
        }
    }

    /** The default van profile, a 500 m snap limit, all cores and a 16-matrix cache. */
    public static GraphHopperSettings of(Path pbf, Path cacheDirectory) {
        return new GraphHopperSettings(pbf, cacheDirectory, VanProfile.DEFAULT, DEFAULT_MAX_SNAP_DISTANCE_METRES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MATRIX_CACHE_SIZE);
    }

    public GraphHopperSettings withProfile(VanProfile newProfile) {
        return new GraphHopperSettings(pbf, cacheDirectory, newProfile, maxSnapDistanceMetres, parallelism, matrixCacheSize);
    }

    public GraphHopperSettings withMaxSnapDistanceMetres(double metres) {
        return new GraphHopperSettings(pbf, cacheDirectory, profile, metres, parallelism, matrixCacheSize);
    }

    public GraphHopperSettings withMatrixCacheSize(int size) {
        return new GraphHopperSettings(pbf, cacheDirectory, profile, maxSnapDistanceMetres, parallelism, size);
    }

    public GraphHopperSettings withParallelism(int threads) {
        return new GraphHopperSettings(pbf, cacheDirectory, profile, maxSnapDistanceMetres, threads, matrixCacheSize);
    }
}

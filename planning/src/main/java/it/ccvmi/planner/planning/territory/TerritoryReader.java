package it.ccvmi.planner.planning.territory;

import it.ccvmi.planner.planning.csv.Column;
import it.ccvmi.planner.planning.csv.CsvRow;
import it.ccvmi.planner.planning.csv.CsvTable;
import it.ccvmi.planner.planning.csv.ImportException;
import it.ccvmi.planner.planning.csv.ImportProblem;
import it.ccvmi.planner.planning.csv.SheetReader;
import it.ccvmi.planner.planning.geo.Wgs84;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Reads and validates {@code territory/comuni.csv}, {@code comuni.geojson} and {@code hubs.csv} of a
 * data directory. Pure: touches no database. Every problem of every file is collected and thrown
 * together as one {@link ImportException}.
 */
public final class TerritoryReader {

    public static final String COMUNI_CSV = "territory/comuni.csv";
    public static final String COMUNI_GEOJSON = "territory/comuni.geojson";
    public static final String HUBS_CSV = "territory/hubs.csv";

    private static final Column ISTAT_CODE = Column.of("istat_code");
    private static final Column NAME = Column.of("name");
    private static final Column CADASTRAL_CODE = Column.of("cadastral_code");
    private static final Column POPULATION = Column.of("population");
    private static final Column AREA = Column.of("area_km2");
    private static final Column LAT = Column.of("lat");
    private static final Column LON = Column.of("lon");
    private static final Column KIND = Column.of("kind");
    private static final Column ADDRESS = Column.of("address");
    private static final Column COMUNE_ISTAT = Column.of("comune_istat");
    private static final Column COORD_QUALITY = Column.of("coord_quality");
    private static final Column SOURCE = Column.of("source");
    private static final Column NOTES = Column.of("notes");

    private final List<ImportProblem> problems = new ArrayList<>();

    private TerritoryReader() {
    }

    /** Reads the three files under {@code dataDirectory}. */
    public static Territory read(Path dataDirectory) {
        TerritoryReader reader = new TerritoryReader();
        Map<String, MultiPolygon> boundaries;
        try (Reader geojson = open(dataDirectory, COMUNI_GEOJSON)) {
            boundaries = new BoundaryReader(COMUNI_GEOJSON, reader.problems).read(geojson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ComuneRecord> comuni = reader.readComuni(table(dataDirectory, COMUNI_CSV), boundaries);
        List<HubRecord> hubs = reader.readHubs(table(dataDirectory, HUBS_CSV), comuni);
        if (!reader.problems.isEmpty()) {
            throw new ImportException(reader.problems);
        }
        return new Territory(comuni, hubs);
    }

    private List<ComuneRecord> readComuni(CsvTable table, Map<String, MultiPolygon> boundaries) {
        SheetReader sheet = new SheetReader(table,
                List.of(ISTAT_CODE, NAME, CADASTRAL_CODE, POPULATION, AREA, LAT, LON), List.of());
        List<ComuneRecord> comuni = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvRow row : sheet.rows()) {
            String code = sheet.text(row, ISTAT_CODE);
            if (code != null && !code.matches("\\d{6}")) {
                sheet.problem(row, ISTAT_CODE, "'" + code + "' is not a 6-digit ISTAT code");
                code = null;
            } else if (code != null && !codes.add(code)) {
                sheet.problem(row, ISTAT_CODE, "duplicate ISTAT code " + code);
                code = null;
            }
            String name = sheet.text(row, NAME, 120);
            String cadastralCode = sheet.text(row, CADASTRAL_CODE, 4);
            Integer population = sheet.integer(row, POPULATION, 0);
            BigDecimal area = sheet.decimal(row, AREA, BigDecimal.ZERO);
            Point townCentre = point(sheet, row);
            MultiPolygon boundary = code == null ? null : boundaries.get(code);
            if (code != null && boundary == null) {
                sheet.problem(row, ISTAT_CODE, "no boundary for " + code + " in " + COMUNI_GEOJSON);
            }
            if (boundary != null && townCentre != null && !boundary.covers(townCentre)) {
                sheet.problem(row, LAT, "the point lies outside the comune's boundary");
            }
            if (code != null && name != null && cadastralCode != null && population != null && area != null
                    && townCentre != null && boundary != null) {
                comuni.add(new ComuneRecord(code, name, cadastralCode, population, area, boundary, townCentre));
            }
        }
        problems.addAll(sheet.problems());
        boundaries.keySet().stream().filter(code -> !codes.contains(code)).forEach(code -> problems.add(
                new ImportProblem(COMUNI_GEOJSON, 1, "istat_code", "boundary " + code + " has no row in " + COMUNI_CSV)));
        return comuni;
    }

    private List<HubRecord> readHubs(CsvTable table, List<ComuneRecord> comuni) {
        Map<String, ComuneRecord> comuneByCode = new LinkedHashMap<>();
        comuni.forEach(comune -> comuneByCode.put(comune.istatCode(), comune));
        SheetReader sheet = new SheetReader(table,
                List.of(NAME, KIND, COMUNE_ISTAT, LAT, LON, COORD_QUALITY), List.of(ADDRESS, SOURCE, NOTES));
        List<HubRecord> hubs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvRow row : sheet.rows()) {
            String name = sheet.text(row, NAME, 200);
            String address = sheet.optionalText(row, ADDRESS, 200);
            String source = sheet.optionalText(row, SOURCE, 500);
            String notes = sheet.optionalText(row, NOTES, 1000);
            SiteKind kind = hubKind(sheet, row);
            CoordinateQuality quality = coordinateQuality(sheet, row);
            Point location = point(sheet, row);
            String code = sheet.text(row, COMUNE_ISTAT);
            ComuneRecord comune = code == null ? null : comuneByCode.get(code);
            if (code != null && comune == null) {
                sheet.problem(row, COMUNE_ISTAT, "unknown comune " + code);
            }
            if (comune != null && location != null && !comune.boundary().covers(location)) {
                sheet.problem(row, LAT, "the point lies outside " + comune.name());
            }
            if (name != null && kind != null && comune != null && !keys.add(kind + "|" + code + "|" + name)) {
                sheet.problem(row, NAME, "duplicate " + kind + " '" + name + "' in " + comune.name());
            } else if (name != null && kind != null && quality != null && location != null && comune != null) {
                hubs.add(new HubRecord(kind, name, address, code, location, quality, source, notes));
            }
        }
        problems.addAll(sheet.problems());
        return hubs;
    }

    private static SiteKind hubKind(SheetReader sheet, CsvRow row) {
        String kind = sheet.text(row, KIND);
        if (kind == null) {
            return null;
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "depot" -> SiteKind.DEPOT;
            case "ats_hub" -> SiteKind.ATS_HUB;
            case "rsa" -> SiteKind.RSA;
            default -> {
                sheet.problem(row, KIND, "'" + kind + "' is not one of depot, ats_hub, rsa");
                yield null;
            }
        };
    }

    private static CoordinateQuality coordinateQuality(SheetReader sheet, CsvRow row) {
        String value = sheet.text(row, COORD_QUALITY);
        try {
            return value == null ? null : CoordinateQuality.fromCsv(value);
        } catch (IllegalArgumentException e) {
            sheet.problem(row, COORD_QUALITY, "'" + value + "' is not a known coordinate quality");
            return null;
        }
    }

    private static Point point(SheetReader sheet, CsvRow row) {
        BigDecimal lat = sheet.decimal(row, LAT, BigDecimal.valueOf(-90));
        BigDecimal lon = sheet.decimal(row, LON, BigDecimal.valueOf(-180));
        if (lat != null && lat.compareTo(BigDecimal.valueOf(90)) > 0) {
            sheet.problem(row, LAT, lat + " is not a latitude");
            return null;
        }
        if (lon != null && lon.compareTo(BigDecimal.valueOf(180)) > 0) {
            sheet.problem(row, LON, lon + " is not a longitude");
            return null;
        }
        return lat == null || lon == null ? null : Wgs84.point(lon.doubleValue(), lat.doubleValue());
    }

    private static CsvTable table(Path dataDirectory, String file) {
        try (Reader reader = open(dataDirectory, file)) {
            return CsvTable.read(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(Path dataDirectory, String file) throws IOException {
        Path path = dataDirectory.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new ImportException(new ImportProblem(file, 0, null, "file not found: " + path.toAbsolutePath()));
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
}

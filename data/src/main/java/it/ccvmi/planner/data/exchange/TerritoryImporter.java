package it.ccvmi.planner.data.exchange;

import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.territory.ComuneRecord;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.DefaultReceivingWindows;
import it.ccvmi.planner.planning.territory.HubRecord;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.Territory;
import it.ccvmi.planner.planning.territory.TerritoryReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the territory of a data directory into the database: comuni, one COC per comune at its town
 * centre, and the depot, ATS hubs and RSA of hubs.csv. Idempotent (rows are matched on their natural
 * keys and only differences are written) and all-or-nothing (files are fully validated before the
 * first write, and everything runs in one transaction).
 */
@Service
public class TerritoryImporter {

    private static final Logger LOG = LoggerFactory.getLogger(TerritoryImporter.class);

    private static final String COC_NOTES = "town-centre point of the comune (comuni.csv), not the COC building";

    private final ComuneRepository comuni;
    private final SiteRepository sites;

    public TerritoryImporter(ComuneRepository comuni, SiteRepository sites) {
        this.comuni = comuni;
        this.sites = sites;
    }

    @Transactional
    public TerritoryImport importFrom(Path dataDirectory) {
        long started = System.nanoTime();
        Territory territory = TerritoryReader.read(dataDirectory);
        TerritoryImport result = save(territory, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Territory imported from {}: {} comuni ({} new), {} sites ({} new); read in {} ms, written in {} ms",
                dataDirectory, result.comuni(), result.newComuni(), result.sites(), result.newSites(),
                result.reading().toMillis(), result.writing().toMillis());
        return result;
    }

    /** True when no comune has been imported yet (first start). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return comuni.count() == 0;
    }

    private TerritoryImport save(Territory territory, Duration reading) {
        long started = System.nanoTime();
        Map<String, Comune> existingComuni = comuni.findAll().stream()
                .collect(Collectors.toMap(Comune::getIstatCode, Function.identity()));
        Map<String, Site> existingSites = sites.findAll().stream()
                .collect(Collectors.toMap(TerritoryImporter::naturalKey, Function.identity()));
        Map<String, Comune> byCode = new HashMap<>();
        int newComuni = 0;
        for (ComuneRecord record : territory.comuni()) {
            Comune comune = existingComuni.get(record.istatCode());
            if (comune == null) {
                comune = new Comune(record.istatCode());
                newComuni++;
            }
            comune.update(record.name(), record.cadastralCode(), record.population(), record.areaKm2(),
                    record.boundary(), record.townCentre());
            byCode.put(record.istatCode(), comuni.save(comune));
        }
        int newSites = 0;
        for (ComuneRecord record : territory.comuni()) {
            Site coc = site(existingSites, SiteKind.COC, byCode.get(record.istatCode()), "COC " + record.name());
            newSites += coc.getId() == null ? 1 : 0;
            coc.locate(record.townCentre(), CoordinateQuality.COMUNE_POINT, COC_NOTES, TerritoryReader.COMUNI_CSV);
            sites.save(coc);
        }
        for (HubRecord hub : territory.hubs()) {
            Site site = site(existingSites, hub.kind(), byCode.get(hub.comuneIstat()), hub.name());
            newSites += site.getId() == null ? 1 : 0;
            site.setAddress(hub.address());
            site.locate(hub.location(), hub.coordinateQuality(), hub.notes(), hub.source());
            sites.save(site);
        }
        sites.flush();
        return new TerritoryImport(territory.comuni().size(), territory.comuni().size() + territory.hubs().size(),
                newComuni, newSites, reading, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Site site(Map<String, Site> existing, SiteKind kind, Comune comune, String name) {
        Site site = existing.get(naturalKey(kind, comune.getIstatCode(), name));
        if (site == null) {
            site = new Site(kind, comune, name);
            site.setReceivingWindows(DefaultReceivingWindows.of(kind).stream().map(ReceivingWindow::of).toList());
        }
        return site;
    }

    private static String naturalKey(Site site) {
        return naturalKey(site.getKind(), site.getComune().getIstatCode(), site.getName());
    }

    private static String naturalKey(SiteKind kind, String istatCode, String name) {
        return String.join("|", List.of(kind.name(), istatCode, name));
    }
}

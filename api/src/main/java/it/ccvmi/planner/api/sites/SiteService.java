package it.ccvmi.planner.api.sites;

import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.api.web.EntityTags;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.site.Site;
import it.ccvmi.planner.data.site.SiteRepository;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.geo.Wgs84;
import it.ccvmi.planner.planning.territory.CoordinateQuality;
import it.ccvmi.planner.planning.territory.DefaultReceivingWindows;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites of the logistics network. A site belongs to the comune its point lies in, so points outside the
 * Città metropolitana are refused. Kind and name (with the comune, the natural key) never change: a
 * different place is a new site, which keeps past plans pointing at what they delivered to.
 */
@Service
@Transactional
public class SiteService {

    static final String SOURCE = "entered through the API";

    private static final String STALE = "la struttura è cambiata da quando è stata letta";

    private final SiteRepository sites;
    private final ComuneRepository comuni;

    SiteService(SiteRepository sites, ComuneRepository comuni) {
        this.sites = sites;
        this.comuni = comuni;
    }

    @Transactional(readOnly = true)
    public List<SiteView> list(SiteKind kind, String comuneIstat) {
        return sites.findAllWithComune().stream()
                .filter(site -> kind == null || site.getKind() == kind)
                .filter(site -> comuneIstat == null || site.getComune().getIstatCode().equals(comuneIstat))
                .sorted(Comparator.comparing((Site site) -> site.getComune().getName())
                        .thenComparing(Site::getKind).thenComparing(Site::getName))
                .map(SiteView::of).toList();
    }

    @Transactional(readOnly = true)
    public SiteView get(long id) {
        return SiteView.of(find(id));
    }

    public SiteView create(SiteInput input) {
        Site site = new Site(input.kind(), comuneAt(input), input.name().trim());
        site.setReceivingWindows(DefaultReceivingWindows.of(input.kind()).stream().map(ReceivingWindow::of).toList());
        describe(site, input, SOURCE);
        return SiteView.of(sites.saveAndFlush(site));
    }

    /**
     * @param ifMatch the ETag the client read, or null to change whatever is current
     * @throws ApiProblem 412 when the site changed since the client read it
     */
    public SiteView update(long id, SiteInput input, String ifMatch) {
        Site site = find(id);
        EntityTags.requireMatch(ifMatch, site.getVersion(), STALE);
        if (site.getKind() != input.kind()) {
            throw ApiProblem.invalidField("kind",
                    "non può cambiare da " + site.getKind() + ": creare una nuova struttura");
        }
        if (!site.getName().equals(input.name().trim())) {
            throw ApiProblem.invalidField("name",
                    "non può cambiare da «" + site.getName() + "»: creare una nuova struttura");
        }
        Comune comune = comuneAt(input);
        if (!comune.getIstatCode().equals(site.getComune().getIstatCode())) {
            throw ApiProblem.invalidField("lon", "il punto è a " + comune.getName() + ", non a "
                    + site.getComune().getName() + ": creare là una nuova struttura");
        }
        describe(site, input, Objects.requireNonNullElse(site.getSource(), SOURCE));
        return SiteView.of(sites.saveAndFlush(site));
    }

    /** @throws ApiProblem 412 when the site changed since the client read it (If-Match) */
    public void delete(long id, String ifMatch) {
        Site site = find(id);
        EntityTags.requireMatch(ifMatch, site.getVersion(), STALE);
        sites.delete(site);
        sites.flush(); // a site still used by requests, stock, vans or plans fails here (409), not after the answer
    }

    /** The site a request body refers to, or 400 naming the field. */
    public Site reference(long id, String field) {
        return sites.findById(id).orElseThrow(() -> ApiProblem.invalidField(field, "nessuna struttura con id " + id));
    }

    /** The depot a request body names, or the only depot when it names none; else 400 naming the field. */
    public Site depot(Long id, String field) {
        if (id == null) {
            List<Site> depots = sites.findByKindOrderByName(SiteKind.DEPOT);
            if (depots.size() != 1) {
                throw ApiProblem.invalidField(field, "obbligatorio: ci sono " + depots.size() + " depositi");
            }
            return depots.get(0);
        }
        Site site = reference(id, field);
        if (site.getKind() != SiteKind.DEPOT) {
            throw ApiProblem.invalidField(field,
                    "la struttura " + id + " è di tipo " + site.getKind() + ", non un deposito");
        }
        return site;
    }

    /** The site, or 404. */
    public Site find(long id) {
        return sites.findById(id).orElseThrow(() -> ApiProblem.notFound("nessuna struttura con id " + id));
    }

    private Comune comuneAt(SiteInput input) {
        return comuni.findContaining(input.lon(), input.lat()).orElseThrow(() -> ApiProblem.invalidField("lon",
                "il punto " + input.lon() + ", " + input.lat() + " non è in un comune della Città metropolitana"));
    }

    private static void describe(Site site, SiteInput input, String source) {
        site.setAddress(input.address());
        site.locate(Wgs84.point(input.lon(), input.lat()),
                Objects.requireNonNullElse(input.coordinateQuality(), CoordinateQuality.APPROX_MANUAL),
                input.coordinateNotes(), source);
    }
}

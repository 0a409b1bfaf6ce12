package it.ccvmi.planner.planning.scenario;

import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.planning.territory.Territory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scenario generator needs to know about the territory and the goods, as plain values.
 *
 * @param comuni        every comune with its population (its COC may request food)
 * @param careSites     ATS hubs and RSA (they may request flu-vaccine kits, DPI and medicines)
 * @param unitWeightKg  weight of one unit per goods-type code
 */
public record ScenarioInput(List<ComuneFacts> comuni, List<CareSite> careSites, Map<String, Double> unitWeightKg) {

    public ScenarioInput {
        // Sorted copies: the generated day must depend only on the seed, not on the order data was loaded in.
        comuni = comuni.stream().sorted(Comparator.comparing(ComuneFacts::istatCode)).toList();
        careSites = careSites.stream()
                .sorted(Comparator.comparing(CareSite::istatCode).thenComparing(CareSite::name)).toList();
        unitWeightKg = Map.copyOf(unitWeightKg);
    }

    /** The input from the territory files as read from a data directory: no database needed. */
    public static ScenarioInput of(Territory territory, Map<String, Double> unitWeightKg) {
        List<ComuneFacts> comuni = territory.comuni().stream()
                .map(comune -> new ComuneFacts(comune.istatCode(), comune.name(), comune.population())).toList();
        List<CareSite> careSites = territory.hubs().stream()
                .filter(hub -> hub.kind() == SiteKind.ATS_HUB || hub.kind() == SiteKind.RSA)
                .map(hub -> new CareSite(new SiteRef(hub.kind(), hub.comuneIstat(), hub.name()),
                        CareSite.bedsIn(hub.notes()))).toList();
        return new ScenarioInput(comuni, careSites, unitWeightKg);
    }

    public record ComuneFacts(String istatCode, String name, int population) {
    }

    /**
     * An ATS hub or RSA. {@code beds} (accredited beds of an RSA, 0 if unknown) scales its needs.
     */
    public record CareSite(SiteRef site, int beds) {

        /** hubs.csv keeps an RSA's accredited beds in its notes: "posti letto accreditati 86, ...". */
        private static final Pattern BEDS = Pattern.compile("posti letto accreditati (\\d+)");

        /** The accredited beds named in a site's notes, 0 when the notes do not say. */
        public static int bedsIn(String notes) {
            Matcher matcher = BEDS.matcher(notes == null ? "" : notes);
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
        }

        String istatCode() {
            return site.istatCode();
        }

        String name() {
            return site.name();
        }
    }
}

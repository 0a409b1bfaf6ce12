package it.ccvmi.planner.data.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    public record ComuneFacts(String istatCode, String name, int population) {
    }

    /**
     * An ATS hub or RSA. {@code beds} (accredited beds of an RSA, 0 if unknown) scales its needs.
     */
    public record CareSite(SiteRef site, int beds) {

        String istatCode() {
            return site.istatCode();
        }

        String name() {
            return site.name();
        }
    }
}

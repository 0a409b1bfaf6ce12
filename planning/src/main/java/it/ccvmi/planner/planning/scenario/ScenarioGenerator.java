package it.ccvmi.planner.planning.scenario;

import static it.ccvmi.planner.planning.goods.GoodsCodes.ALTRI_ALIMENTARI;
import static it.ccvmi.planner.planning.goods.GoodsCodes.BEVANDE;
import static it.ccvmi.planner.planning.goods.GoodsCodes.DPI;
import static it.ccvmi.planner.planning.goods.GoodsCodes.FLU_VACCINE_KIT;
import static it.ccvmi.planner.planning.goods.GoodsCodes.FORMAGGI_LATTICINI;
import static it.ccvmi.planner.planning.goods.GoodsCodes.FRUTTA_VERDURA;
import static it.ccvmi.planner.planning.goods.GoodsCodes.MEDICINES;
import static it.ccvmi.planner.planning.goods.GoodsCodes.PANE_DOLCI;
import static it.ccvmi.planner.planning.goods.GoodsCodes.PASTA_RISO;

import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.RequestLine;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.day.SiteRef;
import it.ccvmi.planner.planning.goods.GoodsCodes;
import it.ccvmi.planner.planning.scenario.ScenarioInput.CareSite;
import it.ccvmi.planner.planning.scenario.ScenarioInput.ComuneFacts;
import it.ccvmi.planner.planning.territory.SiteKind;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic planning day, deterministically from a seed. Pure: no database.
 *
 * <p>Depot food stock follows the programme's category totals (250,468 kg in Dec 2020 - Mar 2021)
 * scaled to one day with noise. Comuni ask more often the bigger they are (about a dozen a day, as the
 * programme's 1,474 deliveries in 121 days), for some
 * categories each; quantities are proportional to population with log-normal noise and scaled so
 * that every category's demand exceeds its supply by 30-70 % (the fair split must ration). ATS hubs
 * ask for flu-vaccine kits and DPI, RSA for DPI, kits and medicines in proportion to their beds;
 * medical supply also falls short. The fleet is sized so its capacity is about what there is to
 * deliver, with enough stops per van to keep every van busy.
 */
public final class ScenarioGenerator {

    /** Programme totals in kg per food category (Ci siAMO!, 1 Dec 2020 - 31 Mar 2021, 1,474 deliveries). */
    public static final Map<String, Double> PROGRAMME_KG = programmeKg();
    /** Days of the programme period the totals cover. */
    public static final int PROGRAMME_DAYS = 121;

    private static final double SUPPLY_NOISE_SIGMA = 0.25;
    private static final double DEMAND_NOISE_SIGMA = 0.5;
    private static final double MIN_SHORTAGE = 1.3;
    private static final double MAX_SHORTAGE = 1.7;

    /** An ordinary day of the programme. */
    public static final double ORDINARY_DAY = 1.0;
    /** No site asks with more than this probability, however intense the day: some always manage alone. */
    private static final double MAX_ASK_PROBABILITY = 0.95;

    private final ScenarioInput input;
    private final double intensity;

    /** A generator of ordinary days (about a dozen comuni asking). */
    public ScenarioGenerator(ScenarioInput input) {
        this(input, ORDINARY_DAY);
    }

    /**
     * @param intensity how much busier than an ordinary day ({@value #ORDINARY_DAY}): every site is that many
     *                  times more likely to ask (up to {@value #MAX_ASK_PROBABILITY}) and the depot receives that
     *                  many times the food, as on an emergency day with a donation drive. On the Milan
     *                  territory 1 gives ~80 requests (one delivery each) from ~36 sites, 2 ~150, 4 ~300.
     */
    public ScenarioGenerator(ScenarioInput input, double intensity) {
        if (!(intensity > 0)) {
            throw new IllegalArgumentException("intensity must be positive, was " + intensity);
        }
        this.intensity = intensity;
        if (input.comuni().isEmpty()) {
            throw new IllegalArgumentException("a scenario needs the comuni: import the territory first");
        }
        for (String code : requiredGoods()) {
            if (!input.unitWeightKg().containsKey(code)) {
                throw new IllegalArgumentException("no unit weight for goods type " + code);
            }
        }
        this.input = input;
    }

    public PlanningDay generate(LocalDate date, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> foodSupplyKg = new LinkedHashMap<>();
        for (Map.Entry<String, Double> category : PROGRAMME_KG.entrySet()) {
            foodSupplyKg.put(category.getKey(), category.getValue() / PROGRAMME_DAYS * intensity * logNormal(random, SUPPLY_NOISE_SIGMA));
        }
        List<Ask> asks = new ArrayList<>(foodRequests(random, foodSupplyKg));
        List<Ask> medical = medicalRequests(random);
        asks.addAll(medical);

        List<StockLine> stock = new ArrayList<>();
        StockLots lots = new StockLots(random, date);
        foodSupplyKg.forEach((code, kg) -> stock.addAll(lots.split(code, units(code, kg), unitWeight(code))));
        for (String code : List.of(FLU_VACCINE_KIT, DPI, MEDICINES)) {
            int demanded = medical.stream().filter(line -> line.goodsCode().equals(code)).mapToInt(Ask::units).sum();
            int supplied = (int) Math.floor(demanded * (0.7 + 0.2 * random.nextDouble()));
            if (supplied > 0) {
                stock.addAll(lots.split(code, supplied, unitWeight(code)));
            }
        }
        double deliverableKg = stock.stream().mapToDouble(StockLine::weightKg).sum();
        long stops = asks.stream().map(Ask::site).distinct().count();
        List<RequestLine> requests = new ArrayList<>();
        for (Ask ask : asks) {
            requests.add(new RequestLine(new RequestId(requests.size() + 1), ask.site(), ask.goodsCode(), ask.units()));
        }
        return new PlanningDay(date, seed, requests, stock,
                new FleetGenerator(random, input.comuni()).fleet(deliverableKg, stops));
    }

    private List<Ask> foodRequests(SplittableRandom random, Map<String, Double> supplyKg) {
        // Raw weights first (who asks for what, how much relatively), then scaled to the category shortage.
        Map<String, Map<ComuneFacts, Double>> weights = new LinkedHashMap<>();
        GoodsCodes.FOOD.forEach(code -> weights.put(code, new LinkedHashMap<>()));
        for (ComuneFacts comune : input.comuni()) {
            // ~12 comuni a day, as the programme's 1,474 deliveries in 121 days; Milano most days.
            double askToday = intensified(clamp(0.04 + 0.03 * Math.log(comune.population() / 1000.0), 0.03, 0.6));
            if (random.nextDouble() >= askToday) {
                continue;
            }
            double askCategory = clamp(0.5 + 0.1 * Math.log(comune.population() / 10_000.0), 0.3, 1.0);
            boolean askedAny = false;
            for (String code : GoodsCodes.FOOD) {
                if (random.nextDouble() < askCategory) {
                    // Dividing by the asking probability keeps expected demand proportional to population.
                    weights.get(code).put(comune, comune.population() * logNormal(random, DEMAND_NOISE_SIGMA) / askToday);
                    askedAny = true;
                }
            }
            if (!askedAny) { // a comune that asks, asks for at least its staple: pasta e riso
                weights.get(PASTA_RISO).put(comune, comune.population() * logNormal(random, DEMAND_NOISE_SIGMA) / askToday);
            }
        }
        // Supply that nobody asked for needs no fair split; every category gets at least one requester.
        ComuneFacts biggest = input.comuni().stream().max(Comparator.comparingInt(ComuneFacts::population))
                .orElseThrow();
        weights.forEach((code, requesters) -> {
            if (requesters.isEmpty()) {
                requesters.put(biggest, biggest.population() * logNormal(random, DEMAND_NOISE_SIGMA));
            }
        });
        List<Ask> requests = new ArrayList<>();
        for (Map.Entry<String, Map<ComuneFacts, Double>> category : weights.entrySet()) {
            String code = category.getKey();
            double total = category.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
            double demandKg = supplyKg.get(code) * (MIN_SHORTAGE + (MAX_SHORTAGE - MIN_SHORTAGE) * random.nextDouble());
            category.getValue().forEach((comune, weight) -> requests.add(new Ask(
                    new SiteRef(SiteKind.COC, comune.istatCode(), "COC " + comune.name()), code,
                    Math.max(1, units(code, demandKg * weight / total)))));
        }
        return requests;
    }

    private List<Ask> medicalRequests(SplittableRandom random) {
        List<Ask> requests = new ArrayList<>();
        for (CareSite care : input.careSites()) {
            if (care.site().kind() == SiteKind.ATS_HUB && random.nextDouble() < intensified(0.3)) {
                requests.add(new Ask(care.site(), FLU_VACCINE_KIT, 8 + random.nextInt(33)));
                if (random.nextDouble() < 0.5) {
                    requests.add(new Ask(care.site(), DPI, 2 + random.nextInt(9)));
                }
            } else if (care.site().kind() == SiteKind.RSA && random.nextDouble() < intensified(0.08)) {
                int beds = care.beds() > 0 ? care.beds() : 60; // 60: a typical accredited RSA
                requests.add(new Ask(care.site(), DPI, Math.max(1, (int) Math.round(beds / 20.0 * logNormal(random, 0.3)))));
                if (random.nextDouble() < 0.4) {
                    requests.add(new Ask(care.site(), FLU_VACCINE_KIT, Math.max(1, (int) Math.ceil(beds / 10.0))));
                }
                if (random.nextDouble() < 0.3) {
                    requests.add(new Ask(care.site(), MEDICINES, 1 + random.nextInt(4)));
                }
            }
        }
        return requests;
    }

    /** A site asking for units of one goods type, before the day's requests are numbered. */
    private record Ask(SiteRef site, String goodsCode, int units) {
    }

    /** An ordinary day's probability of asking, scaled to this day's intensity. */
    private double intensified(double ordinaryProbability) {
        return Math.min(MAX_ASK_PROBABILITY, ordinaryProbability * intensity);
    }

    private int units(String code, double kg) {
        return (int) Math.round(kg / unitWeight(code));
    }

    private double unitWeight(String code) {
        return input.unitWeightKg().get(code);
    }

    /** Log-normal noise with median 1. */
    static double logNormal(SplittableRandom random, double sigma) {
        return Math.exp(sigma * gaussian(random));
    }

    /** Standard normal by the Box-Muller transform (SplittableRandom has no nextGaussian on Java 17). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // in (0, 1]: log is finite
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static List<String> requiredGoods() {
        List<String> codes = new ArrayList<>(GoodsCodes.FOOD);
        codes.addAll(List.of(DPI, FLU_VACCINE_KIT, MEDICINES));
        return codes;
    }

    private static Map<String, Double> programmeKg() {
        Map<String, Double> kg = new LinkedHashMap<>();
        kg.put(BEVANDE, 71_883.0);
        kg.put(FORMAGGI_LATTICINI, 81_814.0);
        kg.put(FRUTTA_VERDURA, 25_243.0);
        kg.put(PANE_DOLCI, 57_255.0);
        kg.put(PASTA_RISO, 5_398.0);
        kg.put(ALTRI_ALIMENTARI, 8_875.0);
        return Collections.unmodifiableMap(kg);
    }

    /** Splits a day's supply of one category into lots received over the last days, with shelf lives. */
    private static final class StockLots {

        /** Shelf life in days (min, max) per category; null: does not expire. */
        private static final Map<String, int[]> SHELF_LIFE_DAYS = new HashMap<>(Map.of(
                BEVANDE, new int[] {180, 365}, FORMAGGI_LATTICINI, new int[] {7, 21},
                FRUTTA_VERDURA, new int[] {4, 10}, PANE_DOLCI, new int[] {3, 30}, PASTA_RISO, new int[] {300, 700},
                ALTRI_ALIMENTARI, new int[] {120, 540}, FLU_VACCINE_KIT, new int[] {45, 120},
                MEDICINES, new int[] {365, 730}));

        private final SplittableRandom random;
        private final LocalDate date;

        StockLots(SplittableRandom random, LocalDate date) {
            this.random = random;
            this.date = date;
        }

        List<StockLine> split(String code, int units, double unitWeightKg) {
            int lots = Math.min(units, 1 + random.nextInt(3));
            List<StockLine> lines = new ArrayList<>();
            int left = units;
            for (int lot = lots; lot >= 1; lot--) {
                int lotUnits = lot == 1 ? left : Math.max(1, (int) Math.round(left * (0.3 + 0.4 * random.nextDouble())));
                left -= lotUnits;
                LocalDate arrival = date.minusDays(1 + random.nextInt(3));
                int[] life = SHELF_LIFE_DAYS.get(code);
                LocalDate expiry = life == null ? null : date.plusDays(life[0] + random.nextInt(life[1] - life[0] + 1));
                lines.add(new StockLine(code, lotUnits, Math.round(lotUnits * unitWeightKg * 100) / 100.0, arrival, expiry));
            }
            return lines;
        }
    }
}

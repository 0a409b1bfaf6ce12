package it.ccvmi.planner.benchmarks.allocation;

import it.ccvmi.planner.solver.allocation.FairAllocation;
import it.ccvmi.planner.solver.allocation.FairSplit;
import it.ccvmi.planner.solver.allocation.Request;
import it.ccvmi.planner.solver.routing.model.RequestId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full day's fair split: 133 comuni × 9 goods types, requests in proportion to population with noise, stock
 * covering about 60 % of the requests. {@code weights=standard} uses the default weights; {@code weights=equity}
 * gives every comune a need weight and a third of them a carried shortfall from earlier days. Requests arrive in
 * random order.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FairSplit -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FairSplitBenchmark {

    private static final int COMUNI = 133;
    private static final int MILANO_POPULATION = 1_371_000;
    private static final List<String> GOODS_TYPES = List.of("Bevande", "Formaggi e latticini", "Frutta e verdura",
            "Pane e dolci", "Pasta e riso", "Altri alimentari", "Farmaci", "DPI", "Kit vaccinali");

    @Param({"standard", "equity"})
    public String weights;

    private List<Request> requests;
    private Map<String, Long> stock;

    @Setup
    public void generateDay() {
        Random random = new Random(20_261_122L);
        requests = new ArrayList<>();
        stock = new HashMap<>();
        long[] population = populations(random);
        for (String goodsCode : GOODS_TYPES) {
            double casesPerThousand = 0.5 + 3 * random.nextDouble();
            long total = 0;
            for (int comune = 0; comune < COMUNI; comune++) {
                long units = random.nextInt(20) == 0 ? 0
                        : Math.max(1, Math.round(population[comune] / 1000.0 * casesPerThousand * (0.5 + random.nextDouble())));
                total += units;
                requests.add(request(random, new RequestId(requests.size() + 1), String.format("015%03d", comune), goodsCode, units));
            }
            stock.put(goodsCode, Math.round(total * 0.6));
        }
        // The api passes requests in database order; shuffling measures the general case, sorting included.
        Collections.shuffle(requests, random);
    }

    @Benchmark
    public List<FairAllocation> split() {
        return FairSplit.split(requests, stock);
    }

    /** The split plus every reason in words, as an export would render them. */
    @Benchmark
    public long splitAndExplain() {
        long characters = 0;
        for (FairAllocation allocation : FairSplit.split(requests, stock)) {
            characters += allocation.reason().length();
        }
        return characters;
    }

    private Request request(Random random, RequestId id, String comune, String goodsCode, long units) {
        if (weights.equals("standard")) {
            return new Request(id, comune, goodsCode, units);
        }
        BigDecimal need = BigDecimal.valueOf(80 + random.nextInt(41), 2);
        BigDecimal carried = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(5_000), 4) : BigDecimal.ZERO;
        return new Request(id, comune, goodsCode, units, need, carried);
    }

    /** Milano plus 132 comuni from about 1,000 to 130,000 inhabitants (log-uniform), like the metropolitan city. */
    private static long[] populations(Random random) {
        long[] population = new long[COMUNI];
        population[0] = MILANO_POPULATION;
        for (int i = 1; i < COMUNI; i++) {
            population[i] = Math.round(Math.exp(Math.log(1_000) + random.nextDouble() * Math.log(130)));
        }
        return population;
    }
}

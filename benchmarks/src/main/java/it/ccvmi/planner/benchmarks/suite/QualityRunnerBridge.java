package it.ccvmi.planner.benchmarks.suite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import it.ccvmi.planner.benchmarks.quality.QualityRunner;
import it.ccvmi.planner.solver.routing.solve.SearchTuning;
import it.ccvmi.planner.solver.routing.solve.SolveLimits;

/**
 * Solves one benchmark instance with the quality runner's own reading, solving and cost recomputation, so the
 * gate and the quality tables can never disagree about an instance. The runner keeps that step package-private,
 * hence the reflective call; it goes once the runner exposes it (e.g. a public {@code solve} or
 * {@code --steps/--seed} options).
 */
final class QualityRunnerBridge {

    private final Path benchDir;
    private final Method solve;
    private final Method instanceFiles;
    private final Map<String, Double> bestKnown;

    QualityRunnerBridge(Path benchDir) {
        this.benchDir = benchDir;
        try {
            instanceFiles = accessible(QualityRunner.class.getDeclaredMethod("named", Path.class, String[].class));
            solve = accessible(QualityRunner.class.getDeclaredMethod("solve", Path.class, SolveLimits.class,
                    SearchTuning.class, Map.class));
            Method readBks = accessible(QualityRunner.class.getDeclaredMethod("readBks", Path.class));
            @SuppressWarnings("unchecked")
            Map<String, Double> bks = (Map<String, Double>) readBks.invoke(null, benchDir.resolve("bks.csv"));
            bestKnown = bks;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The quality runner no longer offers named/solve/readBks as the gate expects", unwrap(e));
        }
    }

    /** The case's instance solved under {@code limits}: cost recomputed by the independent checker. */
    GateResult solve(GateCase gateCase, SolveLimits limits, SearchTuning tuning) {
        try {
            List<?> files = (List<?>) instanceFiles.invoke(null, benchDir, new String[] {gateCase.instance()});
            Object result = solve.invoke(null, files.get(0), limits, tuning, bestKnown);
            return new GateResult(gateCase, (Double) component(result, "cost"), (Boolean) component(result, "feasible"),
                    (String) component(result, "violation"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Solving " + gateCase.instance() + " failed", unwrap(e));
        }
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return accessible(component.getAccessor()).invoke(record);
            }
        }
        throw new NoSuchMethodException(record.getClass().getName() + "." + name + "()");
    }

    private static Method accessible(Method method) {
        method.setAccessible(true);
        return method;
    }

    private static Throwable unwrap(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
    }
}

package it.ccvmi.planner.api.demo;

import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the embedded default the service starts with something to plan: when tomorrow has no delivery
 * requests, a generated day (requests, stock, vans) is stored for it. Tomorrow's date is the seed, so
 * the same day is generated on every machine; a restart finds the requests and leaves them alone.
 * Runs when the application is ready, i.e. after the territory import (an ApplicationRunner).
 * Off with {@code cisiamo.demo-day.enabled=false} (the postgis profile and the tests).
 */
@Component
@ConditionalOnBooleanProperty(name = "cisiamo.demo-day.enabled")
public class DemoDay {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDay.class);

    private final ScenarioWriter scenarios;
    private final DeliveryRequestRepository requests;
    private final Clock clock;

    DemoDay(ScenarioWriter scenarios, DeliveryRequestRepository requests, Clock clock) {
        this.scenarios = scenarios;
        this.requests = requests;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        generateForTomorrow();
    }

    /** Generates tomorrow's day unless it has requests already; empty when it had. */
    public Optional<PlanningDay> generateForTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        if (requests.existsByDeliveryDate(tomorrow)) {
            LOG.info("Demo day: {} already has delivery requests; not generating", tomorrow);
            return Optional.empty();
        }
        PlanningDay day = scenarios.generateAndSave(tomorrow, tomorrow.toEpochDay());
        double stockKg = day.stock().stream().mapToDouble(StockLine::weightKg).sum();
        LOG.info("Demo day {}: generated {} delivery requests, {} stock lots ({} kg) and {} vans (seed {})", tomorrow,
                day.requests().size(), day.stock().size(), Math.round(stockKg), day.fleet().size(), day.seed());
        return Optional.of(day);
    }
}

package it.ccvmi.planner.api.demo;

import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import it.ccvmi.planner.planning.day.PlanningDay;
import it.ccvmi.planner.planning.day.PlanningDay.StockLine;
import it.ccvmi.planner.planning.territory.DefaultReceivingWindows;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the embedded default the service starts with something to plan: when the next delivery day has no delivery
 * requests, a generated day (requests, stock) is stored for it. It is planned with the real fleet; only when there
 * is none are generated vans added, as demo vans that work on the demo day only (see
 * {@link ScenarioWriter#generateDemoDay}). The next delivery day is tomorrow, unless the
 * comuni's COCs do not receive then (Sunday, by their default receiving windows): a Sunday would leave only the
 * few ATS hubs to serve, so the demo day is then the Monday. Its date is the seed, so the same day is generated on
 * every machine; a restart finds the requests and leaves them alone.
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
        generate();
    }

    /** The day the demo day is generated for: the next delivery day after today in the service's time zone. */
    public LocalDate date() {
        return nextDeliveryDay(LocalDate.now(clock));
    }

    /** Generates the demo day unless it has requests already; empty when it had. */
    public Optional<PlanningDay> generate() {
        LocalDate date = date();
        if (requests.existsByDeliveryDate(date)) {
            LOG.info("Demo day: {} already has delivery requests; not generating", date);
            return Optional.empty();
        }
        PlanningDay day = scenarios.generateDemoDay(date, date.toEpochDay());
        double stockKg = day.stock().stream().mapToDouble(StockLine::weightKg).sum();
        LOG.info("Demo day {} ({}): generated {} delivery requests, {} stock lots ({} kg) and {} demo vans (seed {})",
                date, date.getDayOfWeek(), day.requests().size(), day.stock().size(), Math.round(stockKg),
                day.fleet().size(), day.seed());
        return Optional.of(day);
    }

    /** The first day after {@code today} on which the COCs receive deliveries by their default windows. */
    static LocalDate nextDeliveryDay(LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (!cocsReceiveOn(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean cocsReceiveOn(DayOfWeek weekday) {
        return DefaultReceivingWindows.of(SiteKind.COC).stream().anyMatch(window -> window.dayOfWeek() == weekday);
    }
}

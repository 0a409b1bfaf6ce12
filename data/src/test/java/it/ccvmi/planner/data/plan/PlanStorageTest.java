package it.ccvmi.planner.data.plan;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.data.TestData;
import it.ccvmi.planner.data.TestTables;
import it.ccvmi.planner.data.exchange.TerritoryImporter;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.scenario.ScenarioWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A plan version with allocations and a route round-trips through the database; subclasses choose it. */
abstract class PlanStorageTest {

    static final LocalDate DAY = LocalDate.of(2021, 3, 1);

    @Autowired
    TerritoryImporter territory;

    @Autowired
    ScenarioWriter scenarios;

    @Autowired
    PlanRepository plans;

    @Autowired
    DeliveryRequestRepository requests;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aGeneratedDay() {
        TestTables.clear(jdbc);
        territory.importFrom(TestData.directory());
        scenarios.generateAndSave(DAY, 11);
    }

    @Test
    void storesAVersionWithAllocationsAndARoute() {
        transaction.executeWithoutResult(status -> {
            List<DeliveryRequest> dayRequests = requests.findForDeliveryDate(DAY);
            Plan plan = new Plan(DAY, Clock.systemUTC());
            PlanVersion version = plan.newVersion(Clock.systemUTC());
            version.allocate(dayRequests.get(0), dayRequests.get(0).getUnits() / 2);
            version.allocate(dayRequests.get(1), 0);
            Route route = version.addRoute(vehicles.findAllWithDepot().get(0));
            route.addStop(dayRequests.get(0).getSite(), LocalTime.of(9, 40), LocalTime.of(9, 55));
            route.addStop(dayRequests.get(1).getSite(), LocalTime.of(10, 20), LocalTime.of(10, 30));
            route.setTimes(LocalTime.of(9, 0), LocalTime.of(11, 5), 48_200);
            version.setScore("0hard/-1200soft");
            plan.newVersion(Clock.systemUTC());
            plans.save(plan);
        });

        transaction.executeWithoutResult(status -> {
            Plan plan = plans.findByDeliveryDate(DAY).orElseThrow();
            assertThat(plan.getVersions()).extracting(PlanVersion::getNumber).containsExactly(1, 2);
            PlanVersion first = plan.getVersions().get(0);
            assertThat(first.getStatus()).isEqualTo(PlanStatus.DRAFT);
            assertThat(first.getScore()).isEqualTo("0hard/-1200soft");
            assertThat(first.getAllocations()).hasSize(2);
            Route route = first.getRoutes().get(0);
            assertThat(route.getStops()).extracting(RouteStop::getSequence).containsExactly(1, 2);
            assertThat(route.getStops().get(0).getArrivalTime()).isEqualTo(LocalTime.of(9, 40));
            assertThat(route.getDistanceMetres()).isEqualTo(48_200);
        });
    }
}

package it.ccvmi.planner.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.PlannerApplication;
import it.ccvmi.planner.api.support.TestClock;
import it.ccvmi.planner.api.support.TestRoadGraph;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.site.ReceivingWindow;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real start on the embedded default (H2GIS in a temporary directory), as a new user runs the service, on a
 * Saturday at 23:30 in Milan (22:30 UTC): tomorrow is a Sunday, when the COCs and RSA do not receive, so the demo
 * day is the Monday.
 */
@SpringBootTest(classes = {PlannerApplication.class, DemoDayTest.SaturdayNight.class},
        properties = "cisiamo.demo-day.enabled=true")
@ContextConfiguration(initializers = TestRoadGraph.class)
@ExtendWith(OutputCaptureExtension.class) // from before the first start: its log
class DemoDayTest {

    static final LocalDateTime SATURDAY_NIGHT = LocalDateTime.of(2026, 12, 5, 23, 30);
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TestConfiguration(proxyBeanMethods = false)
    static class SaturdayNight {

        @Bean
        @Primary
        Clock saturdayNight() {
            return TestClock.startingAt(SATURDAY_NIGHT);
        }
    }

    static Path varDirectory;

    @Autowired
    DeliveryRequestRepository requests;

    @Autowired
    StockLotRepository stock;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    DemoDay demoDay;

    @DynamicPropertySource
    static void temporaryVarDirectory(DynamicPropertyRegistry registry) throws IOException {
        varDirectory = Files.createTempDirectory("cisiamo-demo");
        registry.add("cisiamo.var-dir", () -> varDirectory.toString());
    }

    @Test
    void theFirstStartWritesTheGeneratedPlannerPasswordToAnOwnerOnlyFileAndNotToTheLog(CapturedOutput log)
            throws IOException {
        Path file = varDirectory.resolve("first-planner-password.txt");
        String password = Files.readAllLines(file).stream().filter(line -> line.startsWith("password: "))
                .map(line -> line.substring("password: ".length())).findFirst().orElseThrow();

        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(log.getAll()).contains("First start: created planner account 'planner'")
                .contains(file.toAbsolutePath().toString()).doesNotContain(password);
    }

    @Test
    @Transactional(readOnly = true) // reads each request's site and its windows
    void theFirstStartGeneratesTheNextDeliveryDayAndARestartLeavesItAlone() {
        assertThat(demoDay.date()).isEqualTo(MONDAY);
        List<DeliveryRequest> generated = requests.findForDeliveryDate(MONDAY);
        long lots = stock.count();
        long vans = vehicles.count();

        assertThat(generated).hasSizeGreaterThan(20);
        assertThat(generated).extracting(request -> request.getSite().getKind())
                .contains(SiteKind.COC, SiteKind.ATS_HUB);
        assertThat(generated).allSatisfy(request -> assertThat(request.getSite().getReceivingWindows())
                .extracting(ReceivingWindow::getDayOfWeek).contains(MONDAY.getDayOfWeek()));
        assertThat(requests.existsByDeliveryDate(MONDAY.minusDays(1))).isFalse();
        assertThat(lots).isPositive();
        assertThat(vans).isPositive();
        // an empty database has no fleet: the vans are the demo day's own, not a fleet for other days
        assertThat(vehicles.findAll()).allSatisfy(van -> {
            assertThat(van.getDemoDay()).isEqualTo(MONDAY);
            assertThat(van.worksOn(MONDAY.plusDays(1))).isFalse();
        });

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PlannerApplication.class,
                SaturdayNight.class).initializers(new TestRoadGraph()).run("--cisiamo.var-dir=" + varDirectory,
                        "--cisiamo.demo-day.enabled=true", "--server.port=0")) {
            // the same rows, written by the first start (a second generation would have new timestamps)
            assertThat(restarted.getBean(DeliveryRequestRepository.class).findForDeliveryDate(MONDAY))
                    .extracting(DeliveryRequest::getCreatedAt)
                    .containsExactlyElementsOf(generated.stream().map(DeliveryRequest::getCreatedAt).toList());
        }
        assertThat(stock.count()).isEqualTo(lots);
        assertThat(vehicles.count()).isEqualTo(vans);
        assertThat(demoDay.generate()).isEmpty();
    }
}

package it.ccvmi.planner.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ccvmi.planner.api.PlannerApplication;
import it.ccvmi.planner.api.support.TestRoadGraph;
import it.ccvmi.planner.data.fleet.VehicleRepository;
import it.ccvmi.planner.data.request.DeliveryRequest;
import it.ccvmi.planner.data.request.DeliveryRequestRepository;
import it.ccvmi.planner.data.stock.StockLotRepository;
import it.ccvmi.planner.planning.territory.SiteKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real start on the embedded default (H2GIS in a temporary directory), as a new user runs the service. */
@SpringBootTest(classes = PlannerApplication.class, properties = "cisiamo.demo-day.enabled=true")
@ContextConfiguration(initializers = TestRoadGraph.class)
class DemoDayTest {

    static Path varDirectory;

    @Autowired
    DeliveryRequestRepository requests;

    @Autowired
    StockLotRepository stock;

    @Autowired
    VehicleRepository vehicles;

    @Autowired
    DemoDay demoDay;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void temporaryVarDirectory(DynamicPropertyRegistry registry) throws IOException {
        varDirectory = Files.createTempDirectory("cisiamo-demo");
        registry.add("cisiamo.var-dir", () -> varDirectory.toString());
    }

    @Test
    void theFirstStartGeneratesTomorrowAndARestartLeavesItAlone() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        List<DeliveryRequest> generated = requests.findForDeliveryDate(tomorrow);
        long lots = stock.count();
        long vans = vehicles.count();

        assertThat(generated).hasSizeGreaterThan(50);
        assertThat(generated).extracting(request -> request.getSite().getKind())
                .contains(SiteKind.COC, SiteKind.ATS_HUB);
        assertThat(lots).isPositive();
        assertThat(vans).isPositive();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(PlannerApplication.class)
                .initializers(new TestRoadGraph()).run("--cisiamo.var-dir=" + varDirectory,
                        "--cisiamo.demo-day.enabled=true", "--server.port=0")) {
            // the same rows, written by the first start (a second generation would have new timestamps)
            assertThat(restarted.getBean(DeliveryRequestRepository.class).findForDeliveryDate(tomorrow))
                    .extracting(DeliveryRequest::getCreatedAt)
                    .containsExactlyElementsOf(generated.stream().map(DeliveryRequest::getCreatedAt).toList());
        }
        assertThat(stock.count()).isEqualTo(lots);
        assertThat(vehicles.count()).isEqualTo(vans);
        assertThat(demoDay.generateForTomorrow()).isEmpty();
    }
}

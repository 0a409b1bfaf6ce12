package it.ccvmi.planner.data;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The smallest Spring Boot application around the data module, for its tests. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PlannerDataConfiguration.class)
public class DataTestApplication {
}

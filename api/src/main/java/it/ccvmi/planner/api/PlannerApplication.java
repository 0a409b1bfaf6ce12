package it.ccvmi.planner.api;

import it.ccvmi.planner.data.PlannerDataConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Ci siAMO Planner: the planning service for the CCV-MI warehouse at the Idroscalo. */
@SpringBootApplication
@Import(PlannerDataConfiguration.class)
public class PlannerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlannerApplication.class, args);
    }
}

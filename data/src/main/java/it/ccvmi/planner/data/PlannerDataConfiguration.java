package it.ccvmi.planner.data;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Everything the data module contributes to a Spring application: entities, repositories and the
 * import/export services. Import it from the application class ({@code @Import(PlannerDataConfiguration.class)}).
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = PlannerDataConfiguration.class)
@EnableJpaRepositories(basePackageClasses = PlannerDataConfiguration.class)
@ComponentScan(basePackageClasses = PlannerDataConfiguration.class)
@PropertySource("classpath:cisiamo-data.properties") // defaults; application properties override them
public class PlannerDataConfiguration {

    /**
     * Time source of timestamps and of "today": the system clock in the service's time zone ({@code cisiamo.time-zone},
     * Europe/Rome), whatever zone the machine runs in, so "tomorrow" is the Milanese tomorrow also between 23:00 and
     * midnight. Tests may supply their own.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${cisiamo.time-zone}") ZoneId serviceZone) {
        return Clock.system(serviceZone);
    }
}

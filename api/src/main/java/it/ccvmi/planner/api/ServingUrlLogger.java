package it.ccvmi.planner.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the service answers once it is ready (after the first-start territory import). */
@Component
class ServingUrlLogger {

    private static final Logger LOG = LoggerFactory.getLogger(ServingUrlLogger.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.info("Ci siAMO Planner is serving http://localhost:{}/ (console: http://localhost:{}/console/, API: "
                + "http://localhost:{}/swagger-ui.html, health: http://localhost:{}/actuator/health)", port, port, port,
                port);
    }
}

package it.ccvmi.planner.data;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table but the Flyway-seeded reference data, children before parents. */
public final class TestTables {

    private TestTables() {
    }

    public static void clear(JdbcTemplate jdbc) {
        for (String table : new String[] {"planning_job", "route_stop", "route", "allocation", "plan_version", "plan",
                "delivery_request", "stock_lot", "vehicle", "site_receiving_window", "site", "comune"}) {
            jdbc.execute("DELETE FROM " + table);
        }
    }
}

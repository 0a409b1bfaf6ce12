package it.ccvmi.planner.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** Connection details and housekeeping of the databases the tests run against. */
public final class TestDatabases {

    private TestDatabases() {
    }

    static void shutdownH2(String url) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down " + url, e);
        }
    }

    /** The PostGIS test database; host, port, user and database can be overridden by CISIAMO_TEST_PG_*. */
    public record Postgis(String host, String port, String database, String user, String password) {

        private static final String SCHEMA_PREFIX = "cisiamo_it_";
        private static final long STALE_AFTER_SECONDS = 6 * 3600;

        public static Postgis fromEnvironment() {
            return new Postgis(env("CISIAMO_TEST_PG_HOST", "127.0.0.1"), env("CISIAMO_TEST_PG_PORT", "5432"),
                    env("CISIAMO_TEST_PG_DB", "cisiamo_test"), env("CISIAMO_TEST_PG_USER", "postgres"),
                    env("PGPASSWORD", ""));
        }

        /** JDBC URL whose connections work in {@code schema}, with PostGIS types found in public. */
        public String url(String schema) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?currentSchema=" + schema + ",public";
        }

        /**
         * Creates a schema named after the current time; also drops ones left behind by killed runs. The time is the
         * database server's: a test JVM run as if on another day (libfaketime) must not take the schemas of runs
         * going on beside it for stale ones.
         */
        public String createFreshSchema() {
            List<String> serverTime = new ArrayList<>();
            query("SELECT floor(extract(epoch FROM now()))::bigint", serverTime);
            long now = Long.parseLong(serverTime.get(0));
            String schema = SCHEMA_PREFIX + now + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
            execute(List.of("CREATE SCHEMA " + schema));
            List<String> stale = new ArrayList<>();
            query("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + SCHEMA_PREFIX + "%'", stale);
            stale.stream()
                    .filter(name -> now - Long.parseLong(name.substring(SCHEMA_PREFIX.length()).split("_")[0])
                            > STALE_AFTER_SECONDS)
                    .forEach(this::dropSchema);
            return schema;
        }

        public void dropSchema(String schema) {
            execute(List.of("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
        }

        private void execute(List<String> statements) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("PostGIS test database " + url("public")
                        + " is not usable (run scripts/provision-postgis): " + e.getMessage(), e);
            }
        }

        private void query(String sql, List<String> into) {
            try (Connection connection = connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    into.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(url("public"), user, password);
        }

        private static String env(String name, String fallback) {
            return Objects.requireNonNullElse(System.getenv(name), fallback);
        }
    }
}

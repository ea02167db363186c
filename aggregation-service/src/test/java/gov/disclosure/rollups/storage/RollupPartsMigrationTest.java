package gov.disclosure.rollups.storage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rollups stored before V9 (every report, and every report breaking no rule, side by side) are converted in place into
 * their two parts, exactly: the part breaking no rule is the rollup that left the others out, the other part is every
 * report less those. Run on a schema of its own, migrated to V8 first.
 */
@QuarkusTest
class RollupPartsMigrationTest {

    private static final String SCHEMA = "rollup_parts_migration";

    @Inject
    DataSource dataSource;

    @Test
    void rollupsStoredBeforeAreSplitIntoTheirTwoPartsExactly() throws SQLException {
        migrate("8");
        execute("""
                insert into %s.rollup (region_code, year, scope, basis, excludes_violations, report_count,
                                       reports_with_violations, numbers, updated_at)
                values ('410482', 2024, 'OWN', 'RECEIVED', false, 3, 1, '{10, 2.5, 0}', now()),
                       ('410482', 2024, 'OWN', 'RECEIVED', true, 2, 0, '{7, 1.25, 0}', now()),
                       ('410400', 2024, 'ALL', 'RECEIVED', false, 2, 0, '{7, 1.25}', now()),
                       ('410400', 2024, 'ALL', 'RECEIVED', true, 2, 0, '{7, 1.25}', now()),
                       ('410000', 2024, 'ALL', 'ACCEPTED', false, 1, 1, '{3, 1.25}', now())
                """.formatted(SCHEMA));

        migrate(null);

        assertEquals(List.of(
                "410000 ALL ACCEPTED breaks rules: 1 reports, 1 with violations {3,1.25}",
                "410400 ALL RECEIVED breaks none: 2 reports, 0 with violations {7,1.25}",
                "410482 OWN RECEIVED breaks none: 2 reports, 0 with violations {7,1.25,0}",
                "410482 OWN RECEIVED breaks rules: 1 reports, 1 with violations {3,1.25,0}"), stored());
    }

    @BeforeEach
    @AfterEach
    void dropTheSchema() throws SQLException {
        execute("drop schema if exists " + SCHEMA + " cascade");
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    private List<String> stored() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select region_code, scope, basis, breaks_rules, report_count,"
                     + " reports_with_violations, numbers::text from " + SCHEMA + ".rollup"
                     + " order by region_code, breaks_rules")) {
            while (row.next()) {
                rows.add("%s %s %s %s: %d reports, %d with violations %s".formatted(row.getString(1), row.getString(2),
                        row.getString(3), row.getBoolean(4) ? "breaks rules" : "breaks none", row.getInt(5),
                        row.getInt(6), row.getString(7)));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

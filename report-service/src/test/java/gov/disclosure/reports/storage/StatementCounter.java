package gov.disclosure.reports.storage;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Counts the SQL statements Hibernate prepares for requests while a test asks it to: what a write costs in round
 * trips (a JDBC batch is prepared once). The outbox relay's and the import worker's statements are not counted.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();
    private static volatile boolean counting;

    @Override
    public String inspect(String sql) {
        boolean relays = sql.contains("outbox_event") && !sql.startsWith("insert");
        boolean imports = sql.contains("import_job") || sql.contains("import_file");
        if (counting && !relays && !imports && !Thread.currentThread().getName().contains("outbox-relay")) {
            SEEN.add(sql);
        }
        return sql;
    }

    /** The statements prepared while {@code action} ran, and what it answered. */
    public static <T> Counted<T> during(Supplier<T> action) {
        SEEN.clear();
        counting = true;
        try {
            T result = action.get();
            return new Counted<>(List.copyOf(SEEN), result);
        } finally {
            counting = false;
        }
    }

    public record Counted<T>(List<String> statements, T result) {
    }
}

package gov.disclosure.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** The databases of the services on the machine's PostgreSQL, managed through its {@code postgres} database. */
public final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** PostgreSQL's SQLSTATE for a refused password. */
    private static final String INVALID_PASSWORD = "28P01";

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public Databases(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** 127.0.0.1:5432 as postgres/postgres: what deploy/local/postgres-ready makes ready. */
    public static Databases local() {
        return new Databases("127.0.0.1", 5432, "postgres", "postgres");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** @throws StartupFailure saying what to run when PostgreSQL cannot be reached or refuses the login */
    public void checkReachable() {
        try (Connection ignored = connect()) {
            // connected and logged in
        } catch (SQLException e) {
            String where = host + ":" + port;
            if (INVALID_PASSWORD.equals(e.getSQLState())) {
                throw new StartupFailure("PostgreSQL on " + where + " refuses " + user + "/" + password
                        + ": run deploy/local/postgres-ready", e);
            }
            throw new StartupFailure("PostgreSQL is not reachable on " + where + ": run deploy/local/postgres-ready", e);
        }
    }

    /** Creates those of {@code names} that do not exist yet; answers the ones it created. */
    public List<String> createIfMissing(String... names) {
        checkNames(names);
        List<String> created = new ArrayList<>();
        try (Connection connection = connect()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    execute(connection, "create database " + checked(name));
                    created.add(name);
                }
            }
        } catch (SQLException e) {
            throw new StartupFailure("cannot create the databases " + String.join(", ", names) + ": " + e.getMessage(), e);
        }
        return created;
    }

    /** Drops (closing their connections) and creates {@code names}: every test class starts from empty databases. */
    public void recreate(String... names) {
        checkNames(names);
        try (Connection connection = connect()) {
            for (String name : names) {
                execute(connection, "drop database if exists " + checked(name) + " with (force)");
                execute(connection, "create database " + checked(name));
            }
        } catch (SQLException e) {
            throw new StartupFailure("cannot re-create the databases " + String.join(", ", names) + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return connect("postgres");
    }

    /** A connection to {@code database}, for a tool that reads what a service stored (the benchmark). */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void checkNames(String... names) {
        for (String name : names) {
            checked(name);
        }
    }

    /** Database names go into DDL, where they cannot be bind parameters. */
    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }
}

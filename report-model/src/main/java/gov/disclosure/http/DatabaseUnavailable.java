package gov.disclosure.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, out of connections, or no connection of the pool free
 * within its acquisition timeout under load) from any other failure.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE: connection exception, too many connections, the server shutting down or starting up. */
    private static final String[] STATES = {"08", "53300", "57P01", "57P02", "57P03"};
    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";
    /** Agroal's pool, when no connection came free in time: a plain SQLException with no SQLSTATE, only this. */
    private static final String POOL_EXHAUSTED = "Sorry, acquisition timeout";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause.getClass().getName().equals(HIBERNATE_CONNECTION_FAILURE)
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolExhausted(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isPoolExhausted(SQLException failure) {
        return failure.getSQLState() == null && failure.getMessage() != null
                && failure.getMessage().startsWith(POOL_EXHAUSTED);
    }

    private static boolean isConnectionState(String state) {
        if (state == null) {
            return false;
        }
        for (String prefix : STATES) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}

package gov.disclosure.rollups.consumer;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures that pass (the database unreachable, restarting, or resolving a deadlock) from failures that an
 * event causes every time. Only the latter may send an event to the dead-letter topic.
 */
final class TransientFailures {

    /** SQLSTATE classes: connection exception, transaction rollback, insufficient resources, operator intervention. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof ConnectException
                    || cause instanceof jakarta.transaction.RollbackException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** No SQLSTATE at all is a failure of the connection pool or driver, not of the statement. */
    private static boolean isTransient(String sqlState) {
        return sqlState == null || sqlState.length() >= 2 && TRANSIENT_CLASSES.contains(sqlState.substring(0, 2));
    }
}

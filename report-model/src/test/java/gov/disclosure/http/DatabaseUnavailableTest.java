package gov.disclosure.http;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void aPoolWithNoConnectionFreeInTimeIsTheDatabaseUnavailableForNow() {
        SQLException exhausted = new SQLException("Sorry, acquisition timeout!");

        assertTrue(DatabaseUnavailable.isCause(new RuntimeException("Unable to acquire JDBC Connection", exhausted)));
    }

    @Test
    void aRefusedConnectionOrAConnectionStateIsUnavailable() {
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(new ConnectException("refused"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void anyOtherFailureOfAStatementIsNot() {
        assertFalse(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("Sorry, acquisition timeout!", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("no database here")));
    }
}

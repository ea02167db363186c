package gov.disclosure.rollups.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * POI writes the tables' workbooks and logs through the Log4j 2 API. Without a provider for it, Log4j printed an
 * ERROR of its own on the first workbook ("could not find a logging provider") and dropped what POI said.
 */
@QuarkusTest
class LibraryLoggingTest {

    @Test
    void log4jLogsToTheServiceLogManager() {
        assertEquals("org.jboss.logmanager.log4j.JBossLoggerContextFactory",
                LogManager.getFactory().getClass().getName());
    }
}

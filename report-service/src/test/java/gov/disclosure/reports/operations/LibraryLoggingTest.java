package gov.disclosure.reports.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What the document libraries log. POI logs through the Log4j 2 API: without a provider for it, Log4j printed an
 * ERROR of its own on the first Word file read ("could not find a logging provider") and dropped what POI said; now
 * it is logged as the rest of the service is. PDFBox's complaints about a document are not logged at all.
 */
@QuarkusTest
class LibraryLoggingTest {

    @Test
    void whatALibraryLogsThroughLog4jReachesTheServiceLog() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.apache.poi.hwpf");
        logger.addHandler(handler);
        try {
            LogManager.getLogger("org.apache.poi.hwpf").warn("a table cell spans no rows");
        } finally {
            logger.removeHandler(handler);
        }

        assertEquals(List.of("WARN a table cell spans no rows"), seen);
    }

    @Test
    void whatPdfBoxSaysOfADocumentsDefectsIsNotLogged() {
        assertFalse(Logger.getLogger("org.apache.fontbox.ttf.GlyphSubstitutionTable").isLoggable(Level.SEVERE));
        assertFalse(Logger.getLogger("org.apache.pdfbox.pdfparser.BaseParser").isLoggable(Level.SEVERE));
    }
}

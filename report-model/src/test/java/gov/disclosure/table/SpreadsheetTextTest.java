package gov.disclosure.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://example.com\",\"点击\")", "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"})
    void aCellThatASpreadsheetWouldEvaluateGetsAnApostropheAndReadsBackAsSent(String name) {
        String written = SpreadsheetText.inert(name);

        assertEquals("'" + name, written);
        assertEquals(name, SpreadsheetText.restored(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"汝州市人民政府办公室", "a=b", "'quoted", "", "410482-szfb"})
    void plainTextIsWrittenAndReadAsItIs(String name) {
        assertEquals(name, SpreadsheetText.inert(name));
        assertEquals(name, SpreadsheetText.restored(name));
    }

    @Test
    void aNameThatItselfStartsWithAnApostropheBeforeAFormulaSignReadsBackWithIt() {
        String name = "'=1";

        assertEquals("''=1", SpreadsheetText.inert(name));
        assertEquals(name, SpreadsheetText.restored(SpreadsheetText.inert(name)));
        assertNull(SpreadsheetText.inert(null));
    }
}

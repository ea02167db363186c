package gov.disclosure.reports.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final String TEXT = "汝州市人民政府办公室2024年政府信息公开工作年度报告";

    @Test
    void aDeclaredCharsetWins() {
        assertEquals(TEXT, TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK")), Charset.forName("GBK")));
    }

    @Test
    void withoutACharsetUtf8IsTriedFirstAndItsByteOrderMarkDropped() {
        assertEquals(TEXT, TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsGb18030() {
        assertEquals(TEXT, TextDecoding.decode(TEXT.getBytes(Charset.forName("GB18030")), null));
    }

    @Test
    void aUtf8TextCutInsideItsLastCharacterIsStillUtf8() {
        byte[] whole = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        assertEquals(TEXT.substring(0, TEXT.length() - 1), TextDecoding.decode(cut, null));
    }

    @Test
    void theEncodingChosenIsExplained() {
        assertEquals("read as GBK: the Content-Type declares it",
                TextDecoding.decodeExplained(TEXT.getBytes(Charset.forName("GBK")), Charset.forName("GBK")).explanation());
        TextDecoding.Decoded gb = TextDecoding.decodeExplained(TEXT.getBytes(Charset.forName("GB18030")), null);
        assertEquals("GB18030", gb.charset());
        assertTrue(gb.why().contains("not UTF-8 (the character at byte 0, 0xC8"), gb.why());
        byte[] whole = TEXT.getBytes(StandardCharsets.UTF_8);
        TextDecoding.Decoded cut = TextDecoding.decodeExplained(Arrays.copyOf(whole, whole.length - 1), null);
        assertEquals("UTF-8", cut.charset());
        assertTrue(cut.why().contains("but for the last 2, a character cut short"), cut.why());
    }
}

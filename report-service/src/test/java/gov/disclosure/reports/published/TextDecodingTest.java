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
    void aUtf8TextWithItsByteOrderMarkCutInsideItsLastCharacterIsStillUtf8() {
        byte[] whole = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

        TextDecoding.Decoded cut = TextDecoding.decodeExplained(Arrays.copyOf(whole, whole.length - 1),
                Charset.forName("GBK"));

        assertEquals(TEXT.substring(0, TEXT.length() - 1), cut.text());
        assertEquals("read as UTF-8: it begins with UTF-8's byte order mark", cut.explanation());
    }

    @Test
    void aTextDeclaredGbkMayHoldWhatOnlyGb18030Has() {
        String kangxi = "⼀、总体情况" + TEXT; // ⼀ is a Kangxi radical, four bytes in GB18030 and none in GBK

        assertEquals(kangxi, TextDecoding.decode(kangxi.getBytes(Charset.forName("GB18030")), Charset.forName("GBK")));
    }

    @Test
    void aByteOrderMarkSaysTheEncodingWhateverIsDeclared() {
        assertEquals(TEXT, TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(TEXT, TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE), null));
        assertEquals(TEXT, TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE),
                StandardCharsets.UTF_8));
        assertEquals(TEXT, TextDecoding.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8),
                Charset.forName("GBK")));
        assertEquals("read as UTF-16LE: it begins with UTF-16's byte order mark, little-endian", TextDecoding
                .decodeExplained(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), null).explanation());
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
        assertEquals("read as UTF-8: the Content-Type declares it", TextDecoding.decodeExplained(
                TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).explanation());
        assertEquals("read as GB18030: the Content-Type declares GBK, of which GB18030 is the superset",
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

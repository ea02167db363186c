package gov.disclosure.reports.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

package gov.disclosure.reports.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a published text. The declared charset wins; without one, UTF-8, and where the bytes are not UTF-8,
 * GB18030 (a superset of GBK, which many published files still use). A UTF-8 text cut inside its last character (a
 * truncated upload) is still UTF-8: its broken tail is left out.
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, Charset declared) {
        String text = declared != null ? new String(bytes, declared) : undeclared(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** UTF-8 where the bytes are UTF-8, also when the text was cut inside its last character; else GB18030. */
    private static String undeclared(byte[] bytes) {
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes), text, false);
        return result.isError() ? new String(bytes, GB18030) : text.flip().toString();
    }
}

package gov.disclosure.reports.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a published text. The declared charset wins; without one, UTF-8, and where the bytes are not UTF-8,
 * GB18030 (a superset of GBK, which many published files still use).
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, Charset declared) {
        String text = declared != null ? new String(bytes, declared) : undeclared(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String undeclared(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}

package gov.disclosure.reports.published;

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

    /** A decoded text, with the charset it was read in and why that one. */
    public record Decoded(String text, String charset, String why) {

        /** Said in a refusal: which encoding the text was read in, and why. */
        public String explanation() {
            return "read as " + charset + ": " + why;
        }
    }

    public static String decode(byte[] bytes, Charset declared) {
        return decodeExplained(bytes, declared).text();
    }

    public static Decoded decodeExplained(byte[] bytes, Charset declared) {
        Decoded decoded = declared != null
                ? new Decoded(new String(bytes, declared), declared.name(), "the Content-Type declares it")
                : undeclared(bytes);
        String text = decoded.text();
        return text.startsWith("\uFEFF") ? new Decoded(text.substring(1), decoded.charset(), decoded.why()) : decoded;
    }

    /** UTF-8 where the bytes are UTF-8, also when the text was cut inside its last character; else GB18030. */
    private static Decoded undeclared(byte[] bytes) {
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, text, false);
        if (result.isError()) {
            return new Decoded(new String(bytes, GB18030), "GB18030", ("the Content-Type declares no charset and the "
                    + "bytes are not UTF-8 (the character at byte %d, 0x%02X…, is no UTF-8); send charset=… if you know it")
                    .formatted(in.position(), bytes[in.position()] & 0xFF));
        }
        return new Decoded(text.flip().toString(), "UTF-8", in.hasRemaining()
                ? "the Content-Type declares no charset and the bytes are UTF-8 but for the last %d, a character cut short"
                        .formatted(in.remaining())
                : "the Content-Type declares no charset and the bytes are UTF-8");
    }
}

package gov.disclosure.reports.published;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes a published text. A byte order mark says the encoding outright (Notepad saves "Unicode" as UTF-16 with
 * one), whatever the Content-Type says, as browsers read a page. Else the declared charset wins, GBK and GB2312 read
 * as GB18030, their superset (as browsers do: a file labelled GBK often holds characters only GB18030 has). Without
 * one, UTF-8, and where the bytes are not UTF-8, GB18030. A UTF-8 text cut inside its last character (a truncated
 * upload) is still UTF-8: its broken tail is left out.
 */
public final class TextDecoding {

    /** What a Chinese text that is not Unicode is read as: a superset of GBK and GB2312. */
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GBK_FAMILY = Set.of("GBK", "GB2312", "x-mswin-936");

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
        Decoded decoded = byteOrderMarked(bytes);
        if (decoded == null) {
            decoded = declared != null ? declared(bytes, declared) : undeclared(bytes);
        }
        String text = decoded.text();
        return text.startsWith("\uFEFF") ? new Decoded(text.substring(1), decoded.charset(), decoded.why()) : decoded;
    }

    private static Decoded byteOrderMarked(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            Decoded utf8 = undeclared(bytes); // its mark is dropped with the others'; a cut last character too
            return utf8.charset().equals("UTF-8")
                    ? new Decoded(utf8.text(), "UTF-8", "it begins with UTF-8's byte order mark") : utf8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE",
                    "it begins with UTF-16's byte order mark, little-endian");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE",
                    "it begins with UTF-16's byte order mark, big-endian");
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** The charset to read what is declared in {@code declared} with: GBK and GB2312 as GB18030, their superset. */
    public static Charset readWith(Charset declared) {
        return GBK_FAMILY.contains(declared.name()) ? GB18030 : declared;
    }

    /** Whether the bytes are UTF-8, but perhaps for a character cut short at their end. */
    public static boolean isUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192); // decoded only to be checked: a window, not the whole text
        CharsetDecoder decoder = utf8Decoder();
        for (CoderResult result = decoder.decode(in, out, false); !result.isUnderflow();
                result = decoder.decode(in, out.clear(), false)) {
            if (result.isError()) {
                return false;
            }
        }
        return true;
    }

    private static Decoded declared(byte[] bytes, Charset declared) {
        Charset charset = readWith(declared);
        return charset.equals(declared)
                ? new Decoded(new String(bytes, declared), declared.name(), "the Content-Type declares it")
                : new Decoded(new String(bytes, charset), charset.name(), "the Content-Type declares "
                        + declared.name() + ", of which " + charset.name() + " is the superset");
    }

    /** UTF-8 where the bytes are UTF-8, also when the text was cut inside its last character; else GB18030. */
    private static Decoded undeclared(byte[] bytes) {
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (utf8(in, text).isError()) {
            return new Decoded(new String(bytes, GB18030), "GB18030", ("the Content-Type declares no charset and the "
                    + "bytes are not UTF-8 (the character at byte %d, 0x%02X…, is no UTF-8); send charset=… if you know it")
                    .formatted(in.position(), bytes[in.position()] & 0xFF));
        }
        return new Decoded(text.flip().toString(), "UTF-8", in.hasRemaining()
                ? "the Content-Type declares no charset and the bytes are UTF-8 but for the last %d, a character cut short"
                        .formatted(in.remaining())
                : "the Content-Type declares no charset and the bytes are UTF-8");
    }

    private static CoderResult utf8(ByteBuffer in, CharBuffer out) {
        return utf8Decoder().decode(in, out, false);
    }

    private static CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

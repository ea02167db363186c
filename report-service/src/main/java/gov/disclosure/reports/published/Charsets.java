package gov.disclosure.reports.published;

import jakarta.ws.rs.core.MediaType;

import java.nio.charset.Charset;

/** The charset a Content-Type names. */
final class Charsets {

    private Charsets() {
    }

    /** The charset named, or null when none is, or one this JVM does not know (the file's own is then guessed). */
    static Charset declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            String charset = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
            return charset == null ? null : Charset.forName(charset.trim().replace("\"", ""));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

package gov.disclosure.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Generators (jqwik) of the values an attacker or a broken client sends: characters PostgreSQL refuses, numbers no
 * report has, media types that are not, path segments that escape, percent-encodings that are wrong.
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** Text: ordinary, empty, long, with NUL, half a surrogate pair, control and invisible characters, markup. */
    public static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "汝州市人民政府办公室", "a\u0000b", "\u0000", "x\ud800y", "\udc00", "\ud83d\ude00",
                        "\u202e\u200b\ufeff", "<script>alert(1)</script>", "' or 1=1 --", "../../etc/passwd", "%00",
                        "\\u0000", "null", "true", "9".repeat(400), "中".repeat(300), "\r\n\t", "\u2f00\u2e80"),
                Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    /** JSON number literals: ordinary, fractional, negative, huge, tiny, long, malformed. */
    public static Arbitrary<String> numberLiterals() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "1", "-1", "0.0", "1.5", "1e3", "1E+2", "1e-9999", "1e-10000", "1e-999999999",
                        "1e999999999", "-0", "0.00000000000000000001", "0.000000000000000000001", "99999999999999999999",
                        "123456789012345678901234567890", "9".repeat(65), "0." + "1".repeat(70), "2147483648",
                        "9223372036854775808", "1.0e-5", "NaN", "Infinity", "01", ".5", "1.", "--1", "0x10"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigDecimals().ofScale(6).map(value -> value.toPlainString()));
    }

    /** Content-Type values, valid and not. */
    public static Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=UTF-8", "text/plain",
                "text/plain; charset=GB18030", "text/plain; charset=nonsense", "multipart/form-data; boundary=x",
                "multipart/form-data", "application/xml", "invalid", "", "/", "application/", "*/*", "json",
                "text/plain; charset", "application/json; =", "application/json;;;", "\u00e9/\u00e9",
                "application/problem+json", "application/x-www-form-urlencoded");
    }

    /** A path segment as sent (percent-encoded, or deliberately not). */
    public static Arbitrary<String> pathSegments() {
        return Arbitraries.oneOf(
                Arbitraries.of("410482-szfb", "x", "2024", "0", "-1", "99999999999", "2147483648", "%00", "a%00b",
                        "%2e%2e", "..", "%2F", "%ZZ", "%", "%e4%b8", "%ED%A0%80", "a;b", "a%20b", "%C0%AF",
                        "00000000-0000-0000-0000-000000000000", "not-a-uuid", "1e3", "1.5"),
                strings().map(HostileValues::encode));
    }

    /** A query parameter value, percent-encoded (or not). */
    public static Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(pathSegments(), numberLiterals().map(HostileValues::encode),
                Arbitraries.of("true", "false", "strict", "lenient", "own", "all", "PUBLISHED", "maybe", "21474837",
                        "2147483647", "-2147483648"));
    }

    /** Any bytes: what a body is when it is nothing in particular. */
    public static Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

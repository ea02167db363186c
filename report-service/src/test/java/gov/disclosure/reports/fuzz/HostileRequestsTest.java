package gov.disclosure.reports.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.published.DocumentFormat;
import gov.disclosure.reports.published.PublishedForms;
import gov.disclosure.reports.roster.RosterCsv;
import gov.disclosure.testing.FuzzTally;
import gov.disclosure.testing.HostileValues;
import gov.disclosure.testing.RawHttp;
import gov.disclosure.testing.RawHttp.Answer;
import gov.disclosure.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throws generated hostile requests (jqwik generators, a fixed seed) at every endpoint of the report service:
 * malformed and poisoned JSON, texts with NULs and garbage, broken multipart bodies, content types that are not,
 * absurd parameters and path segments, tokens of every role and none. Rules: never a 5xx, never a hang; after
 * every 2xx that stored something, the report and its revision read back with 200 and its event reads as the
 * aggregation service reads it. {@code -Dfuzz.cases=N -Dfuzz.seed=S} run more, or another sequence.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_204L);
    private static final String REPORTS = "/api/v1/reports";
    private static final String JSON = Fixtures.expected("ruzhou-szfb-2024").toString();
    private static final String TEXT = Fixtures.text("ruzhou-szfb-2024");
    private static final List<String> NUMBER_FIELDS = List.of("amount", "naturalPerson", "total", "decisions", "issued",
            "upheld", "year", "pending", "inForce");
    private static final List<String> STRING_FIELDS = List.of("name", "id", "regionCode");

    /** One request, as sent. */
    record Case(String method, String path, Map<String, String> headers, byte[] body) {
        String describe() {
            String type = headers.getOrDefault("Content-Type", "-");
            return "%s %s [%s] %d bytes".formatted(method, path, type, body == null ? 0 : body.length);
        }
    }

    @Inject
    EntityManager entityManager;

    private final ReportPublishedCodec codec = new ReportPublishedCodec(Regions.standard());

    @Test
    void noHostileRequestGetsA5xxOrHangsAndWhatIsStoredReadsBack() {
        FuzzTally tally = new FuzzTally("report-service");
        JqwikSession.run(String.valueOf(SEED), () -> {
            Random random = new Random(SEED);
            RandomGenerator<Case> generator = cases().generator(100);
            for (int i = 0; i < CASES; i++) {
                Case request = generator.next(random).value();
                Answer answer = RawHttp.send(request.method(), request.path(), request.headers(), request.body());
                if (tally.count(request.describe(), answer) && answer.status() / 100 == 2) {
                    readsBack(request, answer, tally);
                }
            }
        });
        System.out.println(tally.summary(SEED));
        assertEquals(List.of(), tally.broken(), tally.summary(SEED));
    }

    private static Arbitrary<Case> cases() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, submitJson()),
                Tuple.of(3, submitText()),
                Tuple.of(2, validate()),
                Tuple.of(2, batch()),
                Tuple.of(3, bulk()),
                Tuple.of(2, list()),
                Tuple.of(4, agencyReport()),
                Tuple.of(1, byId()),
                Tuple.of(2, submitDocument()),
                Tuple.of(2, startImport()),
                Tuple.of(1, importJob()),
                Tuple.of(1, export()),
                Tuple.of(2, rosterImport()),
                Tuple.of(1, rosterExport()),
                Tuple.of(1, rosterAgency()));
    }

    private static final byte[] PDF = PublishedForms.pdf(TEXT.replace("汝州市人民政府办公室", "汝州市模糊测试局"));
    private static final byte[] DOCX = PublishedForms.docx(TEXT.replace("汝州市人民政府办公室", "汝州市模糊测试办"));
    private static final byte[] HTML = PublishedForms.html(TEXT.replace("汝州市人民政府办公室", "汝州市模糊测试站"),
            StandardCharsets.UTF_8);

    /** A PDF, Word file or web page of the fixture, whole, cut short, with bytes changed, or sent as another format. */
    private static Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> whole = Arbitraries.of(PDF, DOCX, HTML);
        return Arbitraries.oneOf(whole,
                Combinators.combine(whole, Arbitraries.doubles().between(0, 1))
                        .as((bytes, cut) -> java.util.Arrays.copyOf(bytes, (int) (bytes.length * cut))),
                Combinators.combine(whole, Arbitraries.doubles().between(0, 1), Arbitraries.bytes())
                        .as((bytes, at, value) -> {
                            byte[] changed = bytes.clone();
                            changed[(int) (at * (changed.length - 1))] = value;
                            return changed;
                        }),
                HostileValues.bytes());
    }

    private static Arbitrary<Case> submitDocument() {
        return Combinators.combine(tokens(), Arbitraries.of("application/pdf", DocumentFormat.DOCX_TYPE,
                        DocumentFormat.DOC_TYPE, "text/html", "text/html; charset=GB18030", "text/html; charset=nonsense"),
                documents(), query("agencyId", "agencyName", "regionCode", "dryRun", "validation"))
                .as((token, type, body, query) -> request("POST", REPORTS + query, token, type, Map.of(), body));
    }

    private static Arbitrary<Case> startImport() {
        return Combinators.combine(tokens(), multipartBodies(), query("validation"),
                        Arbitraries.of("multipart/form-data; boundary=x", "multipart/form-data", "multipart/mixed; boundary=x"))
                .as((token, body, query, type) -> request("POST", "/api/v1/imports" + query, token, type, Map.of(), body));
    }

    private static Arbitrary<Case> importJob() {
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.create(() -> UUID.randomUUID().toString()),
                HostileValues.pathSegments());
        Arbitrary<String> below = Arbitraries.of("", "/cancel", "/x");
        Arbitrary<String> method = Arbitraries.of("GET", "GET", "POST", "DELETE", "PUT");
        return Combinators.combine(tokens(), id, below, method, query("size"))
                .as((token, job, rest, verb, query) -> request(verb, "/api/v1/imports/" + job + rest + query, token,
                        null, Map.of(), null));
    }

    private static Arbitrary<Case> submitJson() {
        return Combinators.combine(tokens(), jsonContentTypes(), reports(), query("validation", "dryRun"), headers())
                .as((token, type, body, query, headers) -> request("POST", REPORTS + query, token, type, headers, body));
    }

    private static Arbitrary<Case> validate() {
        return Combinators.combine(tokens(), jsonContentTypes(), reports(), query("validation"))
                .as((token, type, body, query) -> request("POST", REPORTS + "/validate" + query, token, type, Map.of(), body));
    }

    private static Arbitrary<Case> submitText() {
        return Combinators.combine(tokens(), Arbitraries.of("text/plain", "text/plain; charset=UTF-8",
                        "text/plain; charset=GB18030", "text/plain; charset=nonsense"), texts(),
                query("agencyId", "agencyName", "regionCode", "dryRun", "validation"), headers())
                .as((token, type, body, query, headers) -> request("POST", REPORTS + query, token, type, headers, body));
    }

    private static Arbitrary<Case> batch() {
        return Combinators.combine(tokens(), multipartBodies(), query("dryRun", "validation"),
                        Arbitraries.of("multipart/form-data; boundary=x", "multipart/form-data", "multipart/form-data; boundary=",
                                "multipart/form-data; boundary=\"x\"", "multipart/mixed; boundary=x"))
                .as((token, body, query, type) -> request("POST", REPORTS + "/batch" + query, token, type, Map.of(), body));
    }

    /** NDJSON: a few reports (some hostile, some in a line of options), hostile bytes, hostile types. */
    private static Arbitrary<Case> bulk() {
        Arbitrary<String> report = reports().map(bytes -> new String(bytes, StandardCharsets.UTF_8).replace("\n", " "));
        Arbitrary<String> option = Arbitraries.oneOf(Arbitraries.of("\"1\"", "\"\\\"1\\\"\"", "\"*\"", "1", "null", "[]",
                "\"\"", "{}"), HostileValues.strings().map(text -> "\"" + escaped(text) + "\""));
        Arbitrary<String> wrapped = Combinators.combine(report, Arbitraries.of("ifMatch", "idempotencyKey",
                        "changeReason", "other"), option)
                .as((json, name, value) -> "{\"" + name + "\":" + value + ",\"report\":" + json + "}");
        Arbitrary<byte[]> body = Arbitraries.oneOf(
                Arbitraries.oneOf(report, wrapped).list().ofMinSize(0).ofMaxSize(4)
                        .map(lines -> String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                HostileValues.bytes());
        Arbitrary<String> type = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("application/x-ndjson", "application/x-ndjson; charset=UTF-8")),
                Tuple.of(1, HostileValues.contentTypes()));
        return Combinators.combine(tokens(), type, body, query("validation"))
                .as((token, contentType, ndjson, query) -> request("POST", REPORTS + "/bulk" + query, token,
                        contentType, Map.of(), ndjson));
    }

    private static Arbitrary<Case> list() {
        Arbitrary<String> farPages = Arbitraries.of("?page=21474837&size=100", "?page=2147483647&size=100");
        return Combinators.combine(tokens(), Arbitraries.oneOf(farPages, query("regionCode", "includeSubRegions", "year",
                        "agencyId", "status", "hasViolations", "page", "size")))
                .as((token, query) -> request("GET", REPORTS + query, token, null, Map.of(), null));
    }

    private static Arbitrary<Case> export() {
        return Combinators.combine(tokens(), query("regionCode", "includeSubRegions", "year", "agencyId", "status",
                        "format", "labels"), HostileValues.contentTypes().injectNull(0.5))
                .as((token, query, accept) -> request("GET", REPORTS + "/export" + query, token, null,
                        accept == null ? Map.of() : Map.of("Accept", accept), null));
    }

    /** Roster CSV: the header, then lines of cells that break CSV (quotes left open, stray quotes), or hostile bytes. */
    private static Arbitrary<Case> rosterImport() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", "\"", "\"\"", "\"a\"b", "\"a,b\"", "\"a\r\nb\"",
                "a\rb", "=1+2", "'=1", "fuzz-roster", "410482", "DEPARTMENT", "2024-01-01", "\uFEFF"), HostileValues.strings());
        Arbitrary<String> line = cell.list().ofMinSize(1).ofMaxSize(8).map(cells -> String.join(",", cells));
        Arbitrary<byte[]> body = Arbitraries.oneOf(
                line.list().ofMaxSize(4).map(lines -> (RosterCsv.HEADER + "\n" + String.join("\n", lines))
                        .getBytes(StandardCharsets.UTF_8)),
                HostileValues.bytes());
        return Combinators.combine(tokens(), body, Arbitraries.of("text/csv", "text/csv; charset=UTF-8",
                        "text/csv; charset=GB18030", "text/csv; charset=nonsense"), query("regionCode"))
                .as((token, csv, type, query) -> request("POST", "/api/v1/agencies" + query, token, type, Map.of(), csv));
    }

    private static Arbitrary<Case> rosterExport() {
        return Combinators.combine(tokens(), query("regionCode", "q", "kind", "page", "size"),
                        Arbitraries.of("text/csv", "text/csv, application/json;q=0.5", "application/json"))
                .as((token, query, accept) -> request("GET", "/api/v1/agencies" + query, token, null,
                        Map.of("Accept", accept), null));
    }

    private static Arbitrary<Case> rosterAgency() {
        Arbitrary<String> agency = Arbitraries.oneOf(Arbitraries.of("410482-szfb"), HostileValues.pathSegments());
        Arbitrary<String> below = Arbitraries.of("", "", "/retire", "/retire?activeTo=2024-06-30", "/x");
        Arbitrary<String> method = Arbitraries.of("GET", "GET", "PUT", "POST", "DELETE");
        return Combinators.combine(tokens(), agency, below, method, jsonContentTypes(), reports())
                .as((token, id, rest, verb, type, body) -> request(verb, "/api/v1/agencies/" + id + rest, token,
                        verb.equals("PUT") ? type : null, Map.of(), verb.equals("PUT") ? body : null));
    }

        private static Arbitrary<Case> byId() {
        return Combinators.combine(tokens(), HostileValues.pathSegments())
                .as((token, id) -> request("GET", REPORTS + "/" + id, token, null, Map.of(), null));
    }

    private static Arbitrary<Case> agencyReport() {
        Arbitrary<String> agency = Arbitraries.oneOf(Arbitraries.of("410482-szfb"), HostileValues.pathSegments());
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.of("2024", "2023"), HostileValues.pathSegments());
        Arbitrary<String> below = Arbitraries.oneOf(Arbitraries.of("", "/revisions", "/revisions/1", "/revisions/1/source",
                        "/revisions/1/diff/2", "/table", "/table?format=xlsx", "/table?format=csv", "/table?format=%ff",
                        "/indicators"),
                HostileValues.pathSegments().map(segment -> "/revisions/" + segment),
                HostileValues.pathSegments().map(segment -> "/revisions/1/" + segment));
        Arbitrary<String> method = Arbitraries.of("GET", "GET", "PUT", "DELETE", "POST", "PATCH");
        return Combinators.combine(tokens(), agency, year, below, method, jsonContentTypes(), reports(), headers())
                .as((token, id, y, rest, verb, type, body, headers) -> request(verb,
                        "/api/v1/agencies/%s/reports/%s%s".formatted(id, y, rest), token, verb.equals("PUT") ? type : null,
                        headers, verb.equals("PUT") ? body : null));
    }

    /** The fixture report, usually for an agency of its own, often changed in one place to something hostile. */
    private static Arbitrary<byte[]> reports() {
        Arbitrary<String> valid = Arbitraries.create(() -> JSON.replace("\"410482-szfb\"",
                "\"fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "\""));
        Arbitrary<String> hostile = Arbitraries.oneOf(
                Combinators.combine(valid, Arbitraries.of(NUMBER_FIELDS), HostileValues.numberLiterals())
                        .as((json, field, number) -> json.replaceFirst("\"" + field + "\":[^,}]+", "\"" + field + "\":" + number)),
                Combinators.combine(valid, Arbitraries.of(STRING_FIELDS), HostileValues.strings())
                        .as((json, field, text) -> json.replaceFirst("\"" + field + "\":\"[^\"]*\"",
                                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":\"" + escaped(text) + "\""))),
                Combinators.combine(valid, HostileValues.strings()).as((json, text) -> json.replaceFirst("\\{",
                        java.util.regex.Matcher.quoteReplacement("{\"narrative\":{\"overview\":\"" + escaped(text) + "\"},"))),
                Combinators.combine(valid, Arbitraries.integers().between(0, 4000))
                        .as((json, cut) -> json.substring(0, Math.min(cut, json.length()))),
                valid.map(json -> json.replaceFirst("\"year\":2024,", "")),
                valid.map(json -> json.replaceFirst("\\{", "{\"year\":2023,")),
                Arbitraries.of("[".repeat(3000), "{\"a\":".repeat(2000), "null", "[]", "\"\"", "{}", "", "123"));
        return Arbitraries.oneOf(valid, hostile)
                .map(json -> json.getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(bytes)), Tuple.of(1, HostileValues.bytes())));
    }

    /** The fixture's published text (a few KB), changed: NULs, hostile text, cut short, garbage. */
    private static Arbitrary<byte[]> texts() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, TEXT.length());
        return Arbitraries.oneOf(
                Arbitraries.just(TEXT),
                Combinators.combine(at, HostileValues.strings()).as((i, text) -> TEXT.substring(0, i) + text + TEXT.substring(i)),
                at.map(i -> TEXT.substring(0, i) + "\u0000" + TEXT.substring(i)),
                at.map(i -> TEXT.substring(0, i)),
                Arbitraries.just(TEXT.replace("汝州市人民政府办公室", "汝州市教育局")))
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .flatMap(bytes -> Arbitraries.oneOf(Arbitraries.just(bytes), Arbitraries.just(bytes), Arbitraries.just(bytes),
                        HostileValues.bytes()));
    }

    private static Arbitrary<byte[]> multipartBodies() {
        Arbitrary<String> part = Combinators.combine(Arbitraries.of("file", "file", "other", ""),
                        Arbitraries.of("a.txt", "", "../../x", "a\"b.txt", "中文.txt"),
                        Arbitraries.of("text/plain", "text/plain; charset=GB18030", "application/octet-stream", "invalid"),
                        texts().map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                .as((name, file, type, text) -> "--x\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                        .formatted(name, file) + "Content-Type: " + type + "\r\n\r\n" + text + "\r\n");
        Arbitrary<String> parts = part.list().ofMinSize(0).ofMaxSize(3).map(list -> String.join("", list));
        return Arbitraries.oneOf(
                        parts.map(body -> body + "--x--\r\n"),
                        parts,
                        parts.map(body -> body.replace("--x", "--y") + "--y--\r\n"),
                        Combinators.combine(parts, Arbitraries.integers().between(0, 500))
                                .as((body, cut) -> body.substring(0, Math.min(cut, body.length()))),
                        Arbitraries.of("", "--x--\r\n", "--x\r\n\r\n--x--", "garbage"))
                .map(body -> body.getBytes(StandardCharsets.UTF_8));
    }

    private static Arbitrary<String> jsonContentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("application/json", "application/json; charset=UTF-8")),
                Tuple.of(1, HostileValues.contentTypes()));
    }

    /** Some of the named query parameters, each with a hostile or ordinary value. */
    private static Arbitrary<String> query(String... names) {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(names), HostileValues.queryValues())
                .as((name, value) -> name + "=" + value);
        Arbitrary<String> some = pair.list().ofMinSize(1).ofMaxSize(names.length).map(pairs -> "?" + String.join("&", pairs));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, some));
    }

    /** If-Match, Idempotency-Key and Accept-Language, sometimes, with values a header can carry. */
    private static Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("\"1\"", "*", "W/\"1\"", "1", "\"99999999999\"", ""),
                HostileValues.strings().map(HostileRequestsTest::headerSafe));
        Arbitrary<String> language = Arbitraries.oneOf(Arbitraries.of("zh-CN", "zz;q=abc", "zh;q=", "en;q=0.5, zh"),
                HostileValues.strings().map(HostileRequestsTest::headerSafe));
        return Combinators.combine(value.injectNull(0.8), value.injectNull(0.8), language.injectNull(0.8))
                .as((ifMatch, key, acceptLanguage) -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (ifMatch != null) {
                        headers.put("If-Match", ifMatch);
                    }
                    if (key != null) {
                        headers.put("Idempotency-Key", key);
                    }
                    if (acceptLanguage != null) {
                        headers.put("Accept-Language", acceptLanguage);
                    }
                    return headers;
                });
    }

    /** Mostly an admin (to reach the depths), else any role, a broken token or none. */
    private static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.create(Tokens::admin)),
                Tuple.of(2, Arbitraries.create(() -> Tokens.submitter("410482", "410482-szfb"))),
                Tuple.of(1, Arbitraries.create(() -> Tokens.reviewer("410000"))),
                Tuple.of(1, Arbitraries.create(Tokens::viewer)),
                Tuple.of(1, Arbitraries.of("", "not.a.token", "eyJhbGciOiJub25lIn0.e30.")));
    }

    private static Case request(String method, String path, String token, String contentType,
                                Map<String, String> extra, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(extra);
        if (!token.isEmpty()) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Case(method, path, headers, body);
    }

    /** JSON escapes for what must be escaped, and for NUL and surrogates, so that they arrive as the JSON says. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append("\\u%04x".formatted((int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String headerSafe(String value) {
        return value.chars().filter(c -> c >= 0x20 && c < 0x7f).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /** After a 2xx that stored something: the report, its revision and its event read back. */
    private void readsBack(Case request, Answer answer, FuzzTally tally) {
        if (request.path().startsWith(REPORTS + "/bulk")) {
            bulkReadsBack(request, answer, tally);
            return;
        }
        JsonNode body;
        try {
            body = Fixtures.JSON.readTree(answer.body());
        } catch (Exception notJson) {
            return; // a text source, a list: nothing stored
        }
        if (body.has("revision") && body.has("report")) {
            String agency = body.at("/report/agency/id").asText();
            int year = body.at("/report/year").asInt();
            expect200("/api/v1/agencies/%s/reports/%d".formatted(agency, year), request, tally);
            expect200("/api/v1/agencies/%s/reports/%d/revisions/%d".formatted(agency, year, body.get("revision").asInt()),
                    request, tally);
            eventReads(body.get("id").asText(), request, tally);
        }
        for (JsonNode item : body.path("results")) {
            if (item.hasNonNull("reportId")) {
                expect200(REPORTS + "/" + item.get("reportId").asText(), request, tally);
                eventReads(item.get("reportId").asText(), request, tally);
            }
        }
    }

    /** Every line of a bulk answer: no 5xx in it, and what it stored reads back. */
    private void bulkReadsBack(Case request, Answer answer, FuzzTally tally) {
        for (String line : answer.body().split("\n")) {
            JsonNode result;
            try {
                result = Fixtures.JSON.readTree(line);
            } catch (Exception notJson) {
                tally.broke("%s answered a line that is not JSON: %s".formatted(request.describe(), line));
                continue;
            }
            if (result.path("status").asInt() >= 500) {
                tally.broke("%s answered line %s with %s".formatted(request.describe(), result.path("line"), result));
            }
            if (result.hasNonNull("id")) {
                expect200(REPORTS + "/" + result.get("id").asText(), request, tally);
                eventReads(result.get("id").asText(), request, tally);
            }
        }
    }

    private void expect200(String path, Case request, FuzzTally tally) {
        Answer read = RawHttp.asAdmin("GET", path, Map.of(), null);
        if (read.status() != 200) {
            tally.broke("stored by %s but GET %s answers %d: %s".formatted(request.describe(), path, read.status(), read.body()));
        }
    }

    private void eventReads(String reportId, Case request, FuzzTally tally) {
        List<?> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select payload from outbox_event where subject = ?1").setParameter(1, reportId).getResultList());
        for (Object payload : payloads) {
            try {
                codec.read((String) payload);
            } catch (RuntimeException e) {
                tally.broke("stored by %s but its event does not read: %s".formatted(request.describe(), e.getMessage()));
            }
        }
    }
}

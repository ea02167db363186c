package gov.disclosure.rollups.fuzz;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.rollups.Events;
import gov.disclosure.testing.FuzzTally;
import gov.disclosure.testing.HostileValues;
import gov.disclosure.testing.RawHttp;
import gov.disclosure.testing.RawHttp.Answer;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Throws generated hostile input (jqwik generators, a fixed seed) at the aggregation service: requests with absurd
 * regions, years, scopes, pages, content types and tokens at every endpoint (the pages for people too), and
 * report-published events with poisoned numbers, texts PostgreSQL refuses, unknown regions and garbage, on the
 * test broker. Rules: never a 5xx,
 * never a hang; after the events, every rollup an event could touch (each region up to the country, both scopes)
 * and its list of reports read with 200. {@code -Dfuzz.cases=N -Dfuzz.seed=S} run more, or another sequence.
 */
@QuarkusTest
class HostileRequestsTest {

    private static final int CASES = Integer.getInteger("fuzz.cases", 200);
    private static final int EVENTS = Integer.getInteger("fuzz.events", 60);
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_204L);
    private static final List<String> REGIONS = List.of("410482", "410400", "410000", "000000", "110101", "441900");

    record Case(String method, String path, Map<String, String> headers, byte[] body) {
        String describe() {
            return "%s %s [%s]".formatted(method, path, headers.getOrDefault("Content-Type", "-"));
        }
    }

    @Test
    void noHostileRequestOrEventLeadsToA5xxOrAHang() {
        FuzzTally tally = new FuzzTally("aggregation-service");
        int year = Events.unusedYear();
        JqwikSession.run(String.valueOf(SEED), () -> {
            Random random = new Random(SEED);
            sendHostileEvents(random, year, tally);
            RandomGenerator<Case> generator = requests(year).generator(100);
            for (int i = 0; i < CASES; i++) {
                Case request = generator.next(random).value();
                tally.count(request.describe(), RawHttp.send(request.method(), request.path(), request.headers(), request.body()));
            }
        });
        System.out.println(tally.summary(SEED));
        assertEquals(List.of(), tally.broken(), tally.summary(SEED));
    }

    /**
     * Each hostile event is followed by a valid one of the same agency (same key, same partition): once that is
     * applied, the hostile one has been applied or dead-lettered. Then every rollup they touch must read.
     */
    private void sendHostileEvents(Random random, int year, FuzzTally tally) {
        RandomGenerator<String> payloads = hostileEvents(year).generator(100);
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        Map<String, Integer> sentinels = new LinkedHashMap<>();
        for (int i = 0; i < EVENTS; i++) {
            String agency = "fuzz-" + i + "-" + year;
            String region = REGIONS.get(i % REGIONS.size());
            String payload = payloads.next(random).value().replace("\"fuzz-agency\"", "\"" + agency + "\"")
                    .replace("\"410482\"", "\"" + region + "\"");
            records.add(new ProducerRecord<>(ReportPublished.TOPIC, null, agency, payload,
                    Events.cloudEventHeaders(ReportPublished.TYPE)));
            ReportPublished sentinel = Events.published(agency, region, year, 1000, 1);
            records.add(new ProducerRecord<>(ReportPublished.TOPIC, null, agency, ReportPublishedCodec.write(sentinel),
                    Events.cloudEventHeaders(ReportPublished.TYPE)));
            sentinels.put(agency, 1000);
        }
        Events.produce(records);
        sentinels.forEach((agency, revision) -> Events.awaitApplied(agency, year, revision));

        Set<String> touched = new LinkedHashSet<>();
        for (String region : REGIONS) {
            Regions.standard().selfAndAncestors(region).stream().map(Region::code).forEach(touched::add);
        }
        for (String region : touched) {
            for (String path : List.of("/api/v1/rollups/%s/%d?scope=all", "/api/v1/rollups/%s/%d?scope=own",
                    "/api/v1/rollups/%s/%d/reports", "/api/v1/rollups/%s/%d/children",
                    "/api/v1/rollups/%s/%d/indicators", "/api/v1/rollups/%s/%d/children?indicator=refusalRate",
                    "/api/v1/rollups/%s/%d/table?format=xlsx")) {
                Answer answer = RawHttp.asAdmin("GET", path.formatted(region, year), Map.of(), null);
                tally.count("after hostile events: GET " + path.formatted(region, year), answer);
                if (answer.status() != 200) {
                    tally.broke("after hostile events GET %s answers %d".formatted(path.formatted(region, year), answer.status()));
                }
            }
        }
    }

    /** A valid event's payload (agency fuzz-agency, region 410482), often changed in one place. */
    private static Arbitrary<String> hostileEvents(int year) {
        String valid = ReportPublishedCodec.write(Events.published("fuzz-agency", "410482", year, 1, 3));
        return Arbitraries.oneOf(
                Arbitraries.just(valid),
                Combinators.combine(Arbitraries.of("proactiveDisclosure.fees.amount",
                                "applications.newlyReceived.total", "reviewAndLitigation.litigationDirect.total"),
                        HostileValues.numberLiterals())
                        .as((name, number) -> valid.replaceFirst("\"" + java.util.regex.Pattern.quote(name) + "\":[^,}]+",
                                "\"" + name + "\":" + number)),
                Combinators.combine(Arbitraries.of("agencyName", "status", "time", "reportId"), HostileValues.strings())
                        .as((field, text) -> valid.replaceFirst("\"" + field + "\":\"[^\"]*\"",
                                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":\"" + escaped(text) + "\""))),
                HostileValues.numberLiterals().map(number -> valid.replaceFirst("\"revision\":1", "\"revision\":" + number)),
                Arbitraries.integers().between(0, 3000).map(cut -> valid.substring(0, Math.min(cut, valid.length()))),
                Arbitraries.of("", "null", "[]", "{}", "not json", "[".repeat(3000)),
                HostileValues.bytes().map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)));
    }

    private static Arbitrary<Case> requests(int year) {
        Arbitrary<String> region = Arbitraries.oneOf(Arbitraries.of("410000", "000000", "410482", "441900"),
                HostileValues.pathSegments());
        Arbitrary<String> years = Arbitraries.oneOf(Arbitraries.of(String.valueOf(year), "2024", "2008", "9999"),
                HostileValues.pathSegments());
        Arbitrary<String> rollupPaths = Combinators.combine(region, years,
                        Arbitraries.of("", "/children", "/reports", "/indicators", "/table", "/" + "x"),
                        query("scope", "indicator", "sort", "format"))
                .as((code, y, rest, query) -> "/api/v1/rollups/%s/%s%s%s".formatted(code, y, rest, query));
        Arbitrary<String> seriesPaths = Combinators.combine(region, query("from", "to", "scope"))
                .as((code, query) -> "/api/v1/rollups/%s%s".formatted(code, query));
        Arbitrary<String> exports = query("level", "year", "scope", "labels", "format")
                .map(query -> "/api/v1/rollups/export" + query);
        Arbitrary<String> deadLetters = Arbitraries.oneOf(
                Arbitraries.oneOf(query("page", "size"), farPages()).map(query -> "/api/v1/admin/dead-letters" + query),
                Arbitraries.oneOf(Arbitraries.of("1", "0", "-1", "99999999999999999999"), HostileValues.pathSegments())
                        .map(id -> "/api/v1/admin/dead-letters/" + id + "/replay"));
        Arbitrary<String> pagePaths = Arbitraries.oneOf(
                Combinators.combine(region, years, query("scope", "basis", "page"))
                        .as((code, y, query) -> "/regions/%s/%s%s".formatted(code, y, query)),
                Combinators.combine(region, query("year", "scope", "basis"))
                        .as((code, query) -> "/regions/%s%s".formatted(code, query)),
                Arbitraries.of("/", "/sign-out"), query("token").map(query -> "/sign-in" + query));
        Arbitrary<Case> reads = Combinators.combine(tokens(), Arbitraries.oneOf(rollupPaths, rollupPaths, seriesPaths,
                        exports, deadLetters, pagePaths),
                        Arbitraries.of("GET", "GET", "GET", "POST", "DELETE"))
                .as((token, path, method) -> request(method, path, token, null, null));
        Arbitrary<Case> rebuild = Combinators.combine(tokens(), HostileValues.contentTypes().injectNull(0.5),
                        HostileValues.bytes().injectNull(0.5))
                .as((token, type, body) -> request("POST", "/api/v1/admin/rollups/rebuild", token, type, body));
        return Arbitraries.frequencyOf(Tuple.of(9, reads), Tuple.of(1, rebuild));
    }

    /** Pages whose first item lies beyond what an int counts. */
    private static Arbitrary<String> farPages() {
        return Arbitraries.of("?page=21474837&size=100", "?page=2147483647&size=100", "?page=2147483647&size=1");
    }

    private static Arbitrary<String> query(String... names) {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(names), HostileValues.queryValues())
                .as((name, value) -> name + "=" + value);
        Arbitrary<String> some = pair.list().ofMinSize(1).ofMaxSize(names.length).map(pairs -> "?" + String.join("&", pairs));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, some));
    }

    private static Arbitrary<String> tokens() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.create(Tokens::admin)),
                Tuple.of(2, Arbitraries.create(Tokens::viewer)),
                Tuple.of(2, Arbitraries.create(() -> Tokens.reviewer("410000"))),
                Tuple.of(1, Arbitraries.create(() -> Tokens.submitter("410482", "410482-szfb"))),
                Tuple.of(1, Arbitraries.of("", "garbage")));
    }

    private static Case request(String method, String path, String token, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!token.isEmpty()) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new Case(method, path, headers, body);
    }

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
}

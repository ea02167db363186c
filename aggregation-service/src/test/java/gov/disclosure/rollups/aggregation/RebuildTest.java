package gov.disclosure.rollups.aggregation;

import gov.disclosure.rollups.Rebuilds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.event.ReportPublished;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.review.ReviewDecided;
import gov.disclosure.rollups.storage.Rollup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import gov.disclosure.review.ReviewDecision;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.numbers;
import static gov.disclosure.rollups.Events.awaitDecided;
import static gov.disclosure.rollups.Events.decided;
import static gov.disclosure.rollups.Events.sendInOrder;
import static gov.disclosure.rollups.Events.unusedYear;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many reports revised, withdrawn, republished, accepted and returned, delivered twice and out of order: the rollups
 * kept event by event, in every variant, are the sums of the latest revisions (the accepted ones: those whose latest
 * decision accepts the latest revision), and a rebuild from scratch gives the same rollups.
 */
@QuarkusTest
class RebuildTest {

    private static final List<String> REGIONS = List.of(
            "410482", "410400", "410100", "410323", "410300", "411600", "410000", "000000", "110101", "441900");

    private static final List<String> VARIANTS = List.of("received false", "received true", "accepted false",
            "accepted true");

    private final ObjectMapper json = new ObjectMapper();

    @jakarta.inject.Inject
    RollupRebuild rebuild;

    @Test
    void incrementallyKeptRollupsAreTheSumsAndEqualARebuild() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int year = unusedYear();
        Map<String, ReportPublished> latest = new LinkedHashMap<>();
        Map<String, ReviewDecided> decisions = new LinkedHashMap<>();
        List<Object> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String agency = agency("agency" + i);
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            int revisions = 1 + random.nextInt(4);
            for (int revision = 1; revision <= revisions; revision++) {
                ReportStatus status = random.nextInt(5) == 0 ? ReportStatus.WITHDRAWN : ReportStatus.PUBLISHED;
                ReportPublished event = event(agency, region, year, revision, status, random.nextInt(3),
                        numbers(1 + random.nextInt(1000)));
                sent.add(event);
                if (random.nextInt(4) == 0) {
                    sent.add(event);
                }
                latest.put(agency, event);
            }
            for (int sequence = 1; sequence <= random.nextInt(4); sequence++) {
                ReviewDecided decision = decided(agency, region, year, 1 + random.nextInt(revisions), sequence,
                        random.nextInt(3) == 0 ? ReviewDecision.RETURNED : ReviewDecision.ACCEPTED);
                sent.add(decision);
                decisions.put(agency, decision);
            }
        }
        Collections.shuffle(sent, random);

        sendInOrder(sent);
        latest.values().forEach(event -> awaitApplied(event.agencyId(), year, event.revision()));
        decisions.values().forEach(decision -> awaitDecided(decision.agencyId(), year, decision.sequence()));

        Map<String, JsonNode> incremental = rollups(year);
        assertEquals(expectedSums(latest.values(), decisions), sums(incremental), "seed " + seed);

        Rebuilds.requestAndAwait();

        assertEquals(incremental, rollups(year), "seed " + seed);
    }

    @Test
    void aMigrationThatAddsVariantsGetsThemComputedOnceAtTheNextStart() throws Exception {
        int year = unusedYear();
        String agency = agency("410482-migrated");
        sendInOrder(List.of(event(agency, "410482", year, 1, ReportStatus.PUBLISHED, 0, numbers(6)),
                decided(agency, "410482", year, 1, 1, ReviewDecision.ACCEPTED)));
        awaitDecided(agency, year, 1);
        Map<String, JsonNode> kept = rollups(year);
        // as a migration leaves them: the new variants not there yet, and the flag that says so
        QuarkusTransaction.requiringNew().run(() -> {
            Rollup.getEntityManager().createNativeQuery("delete from rollup where year = ?1 and basis = 'ACCEPTED'")
                    .setParameter(1, year).executeUpdate();
            Rollup.getEntityManager().createNativeQuery("update rollup_maintenance set rebuild_needed = true")
                    .executeUpdate();
        });
        rollup("410482", year, "all", "accepted").body("reportCount", org.hamcrest.Matchers.is(0));

        rebuild.rebuildIfNeeded(null);

        assertEquals(kept, rollups(year));
        rollup("410482", year, "all", "accepted").body("reportCount", org.hamcrest.Matchers.is(1))
                .body("applications.newlyReceived.total", org.hamcrest.Matchers.is(6));
    }

    private static io.restassured.response.ValidatableResponse rollup(String region, int year, String scope,
                                                                      String basis) {
        return given().queryParam("scope", scope).queryParam("basis", basis)
                .get("/api/v1/rollups/{region}/{year}", region, year).then().statusCode(200);
    }

    /** reportCount, reportsWithViolations and two numbers, by rollup, summed from the latest revisions. */
    private static Map<String, List<Long>> expectedSums(Iterable<ReportPublished> latest,
                                                        Map<String, ReviewDecided> decisions) {
        Regions regions = Regions.standard();
        Map<String, List<Long>> sums = new HashMap<>();
        for (String rollup : rollupsInPlay()) {
            sums.put(rollup, new ArrayList<>(List.of(0L, 0L, 0L, 0L)));
        }
        for (ReportPublished event : latest) {
            if (event.status() == ReportStatus.WITHDRAWN) {
                continue;
            }
            ReviewDecided decision = decisions.get(event.agencyId());
            boolean accepted = decision != null && decision.revision() == event.revision()
                    && decision.decision() == ReviewDecision.ACCEPTED;
            for (String variant : VARIANTS) {
                if (variant.startsWith("accepted") && !accepted || variant.endsWith("true") && event.violationCount() > 0) {
                    continue;
                }
                add(sums.get(event.regionCode() + "/own/" + variant), event);
                for (Region region : regions.selfAndAncestors(event.regionCode())) {
                    add(sums.get(region.code() + "/all/" + variant), event);
                }
            }
        }
        return sums;
    }

    private static void add(List<Long> sums, ReportPublished event) {
        sums.set(0, sums.get(0) + 1);
        sums.set(1, sums.get(1) + (event.violationCount() > 0 ? 1 : 0));
        sums.set(2, sums.get(2) + event.numbers().get("applications.newlyReceived.total").longValue());
        sums.set(3, sums.get(3) + event.numbers().get("reviewAndLitigation.administrativeReview.total").longValue());
    }

    private static Map<String, List<Long>> sums(Map<String, JsonNode> rollups) {
        Map<String, List<Long>> sums = new HashMap<>();
        rollups.forEach((key, rollup) -> sums.put(key, List.of(rollup.get("reportCount").asLong(),
                rollup.get("reportsWithViolations").asLong(),
                rollup.at("/applications/newlyReceived/total").asLong(),
                rollup.at("/reviewAndLitigation/administrativeReview/total").asLong())));
        return sums;
    }

    /** Every rollup the reports can be in, as the API shows it, without when it changed. */
    private Map<String, JsonNode> rollups(int year) throws Exception {
        Map<String, JsonNode> rollups = new HashMap<>();
        for (String key : rollupsInPlay()) {
            String[] parts = key.split("/");
            String[] variant = parts[2].split(" ");
            String body = given().queryParam("scope", parts[1]).queryParam("basis", variant[0])
                    .queryParam("excludeViolations", variant[1])
                    .get("/api/v1/rollups/{region}/{year}", parts[0], year).then().statusCode(200).extract().asString();
            ObjectNode rollup = (ObjectNode) json.readTree(body);
            rollup.remove("lastChangedAt");
            rollups.put(key, rollup);
        }
        return rollups;
    }

    /** region/scope/basis excludeViolations of every rollup the reports can be in. */
    private static Set<String> rollupsInPlay() {
        Set<String> keys = new TreeSet<>();
        for (String region : regionsInPlay()) {
            for (String scope : List.of("own", "all")) {
                for (String variant : VARIANTS) {
                    keys.add(region + "/" + scope + "/" + variant);
                }
            }
        }
        return keys;
    }

    private static Set<String> regionsInPlay() {
        Set<String> codes = new TreeSet<>();
        for (String region : REGIONS) {
            Regions.standard().selfAndAncestors(region).forEach(r -> codes.add(r.code()));
        }
        return codes;
    }
}

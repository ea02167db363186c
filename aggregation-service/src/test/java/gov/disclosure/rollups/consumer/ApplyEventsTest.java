package gov.disclosure.rollups.consumer;

import gov.disclosure.report.ReportStatus;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.numbers;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Events.withdrawn;
import static gov.disclosure.rollups.Rollups.rollup;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ApplyEventsTest {

    @Test
    void aReportCountsInItsOwnRegionAndInEveryRegionAboveIt() {
        int year = unusedYear();
        String ruzhou = agency("410482-szfb");

        send(published(ruzhou, "410482", year, 1, 7));
        awaitApplied(ruzhou, year, 1);

        rollup("410482", year, "own").body("reportCount", is(1))
                .body("applications.newlyReceived.total", is(7))
                .body("proactiveDisclosure.fees.amount", is(0.0007f))
                .body("reviewAndLitigation.litigationDirect.pending", is(7));
        for (String region : new String[] {"410482", "410400", "410000", "000000"}) {
            rollup(region, year, "all").body("reportCount", is(1)).body("applications.outcomes.total.naturalPerson", is(7));
        }
        rollup("410400", year, "own").body("reportCount", is(0)).body("applications.newlyReceived.total", is(0))
                .body("lastChangedAt", nullValue());
        rollup("000000", year, "own").body("reportCount", is(0));
    }

    @Test
    void reportsOfOneRegionAddUp() {
        int year = unusedYear();
        String office = agency("410400-zfb");
        String bureau = agency("410400-sfj");

        send(published(office, "410400", year, 1, 3), published(bureau, "410400", year, 1, 4));
        awaitApplied(office, year, 1);
        awaitApplied(bureau, year, 1);

        rollup("410400", year, "own").body("reportCount", is(2)).body("applications.newlyReceived.total", is(7));
        rollup("410000", year, "own").body("reportCount", is(0));
        rollup("410000", year, "all").body("reportCount", is(2)).body("applications.carriedForward.otherOrganization", is(7));
    }

    @Test
    void aRevisionMovesTheRollupsByTheDifference() {
        int year = unusedYear();
        String revised = agency("410482-szfb");
        String other = agency("410482-gaj");
        send(published(revised, "410482", year, 1, 7), published(other, "410482", year, 1, 5));
        awaitApplied(revised, year, 1);
        awaitApplied(other, year, 1);

        send(published(revised, "410482", year, 2, 10));
        awaitApplied(revised, year, 2);

        rollup("410482", year, "own").body("reportCount", is(2)).body("applications.newlyReceived.total", is(15));
        rollup("000000", year, "all").body("reportCount", is(2)).body("applications.newlyReceived.total", is(15));
    }

    @Test
    void aRevisionInAnotherRegionMovesTheReportThere() {
        int year = unusedYear();
        String moved = agency("moved");
        send(published(moved, "410482", year, 1, 7));
        awaitApplied(moved, year, 1);

        send(published(moved, "410100", year, 2, 7));
        awaitApplied(moved, year, 2);

        rollup("410482", year, "own").body("reportCount", is(0)).body("applications.newlyReceived.total", is(0));
        rollup("410400", year, "all").body("reportCount", is(0));
        rollup("410100", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(7));
        rollup("410000", year, "all").body("reportCount", is(1)).body("applications.newlyReceived.total", is(7));
    }

    @Test
    void aWithdrawalTakesTheReportOutOfEveryRollup() {
        int year = unusedYear();
        String kept = agency("kept");
        String gone = agency("gone");
        send(published(kept, "410482", year, 1, 2), published(gone, "410482", year, 1, 9));
        awaitApplied(gone, year, 1);
        awaitApplied(kept, year, 1);

        send(withdrawn(gone, "410482", year, 2, 9));
        awaitApplied(gone, year, 2);

        for (String region : new String[] {"410482", "410400", "410000", "000000"}) {
            rollup(region, year, "all").body("reportCount", is(1)).body("applications.newlyReceived.total", is(2));
        }
    }

    @Test
    void aWithdrawnReportCountsAgainWhenRepublished() {
        int year = unusedYear();
        String agency = agency("back");
        send(published(agency, "411600", year, 1, 4), withdrawn(agency, "411600", year, 2, 4),
                published(agency, "411600", year, 3, 6));
        awaitApplied(agency, year, 3);

        rollup("411600", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(6));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        int year = unusedYear();
        String agency = agency("twice");
        var first = published(agency, "410323", year, 1, 8);
        send(first);
        awaitApplied(agency, year, 1);

        send(first);
        awaitMarker(agency);

        rollup("410323", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(8));
        rollup("410300", year, "all").body("reportCount", is(1)).body("applications.newlyReceived.total", is(8));
    }

    @Test
    void anOlderRevisionAfterANewerOneChangesNothing() {
        int year = unusedYear();
        String agency = agency("late");
        send(published(agency, "410323", year, 2, 20));
        awaitApplied(agency, year, 2);

        send(published(agency, "410323", year, 1, 1), withdrawn(agency, "410323", year, 1, 1));
        awaitMarker(agency);

        rollup("410323", year, "own").body("reportCount", is(1)).body("applications.newlyReceived.total", is(20));
    }

    @Test
    void reportsThatBreakRulesAreCountedAsSuch() {
        int year = unusedYear();
        String broken = agency("broken");
        String sound = agency("sound");

        send(event(broken, "410100", year, 1, ReportStatus.PUBLISHED, 3, numbers(1)),
                published(sound, "410100", year, 1, 1));
        awaitApplied(broken, year, 1);
        awaitApplied(sound, year, 1);

        rollup("410100", year, "own").body("reportCount", is(2)).body("reportsWithViolations", is(1));

        send(event(broken, "410100", year, 2, ReportStatus.PUBLISHED, 0, numbers(1)));
        awaitApplied(broken, year, 2);
        rollup("410100", year, "own").body("reportsWithViolations", is(0));
    }

    /**
     * Sends an event of the same agency (same key, so the same partition, after what was sent before) for another
     * year, and waits for it: everything sent before it has been consumed.
     */
    private static void awaitMarker(String agency) {
        int markerYear = unusedYear();
        send(published(agency, "410323", markerYear, 1, 1));
        awaitApplied(agency, markerYear, 1);
    }
}

package gov.disclosure.rollups.aggregation;

import gov.disclosure.rollups.Rebuilds;

import gov.disclosure.rollups.domain.Numbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static gov.disclosure.rollups.Events.agency;
import static gov.disclosure.rollups.Events.awaitApplied;
import static gov.disclosure.rollups.Events.published;
import static gov.disclosure.rollups.Events.send;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Rollups.rollup;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report applied before events were bounded (a fee of 10,000 decimals, summed into its rollups) does not break
 * reads, and the admin's rebuild writes clean rollups and says which reports it read rounded. No restart.
 */
@QuarkusTest
class AppliedBeforeBoundsTest {

    private static final String POISON = "0." + "0".repeat(9999) + "1";

    @Inject
    EntityManager entityManager;

    @Test
    void rollupsReadAndARebuildReportsTheReportsItRounded() {
        int year = unusedYear();
        String agency = agency("poisoned");
        send(published(agency, "410482", year, 1, 7));
        awaitApplied(agency, year, 1);
        poison(agency, year);

        rollup("410482", year, "all").body("proactiveDisclosure.fees.amount", is(0.0007f));
        rollup("000000", year, "all");

        assertTrue(Rebuilds.requestAndAwait().getList("rounded", String.class)
                .contains(agency + "/" + year + " revision 1"));
        rollup("410000", year, "all").body("reportCount", is(1)).body("applications.newlyReceived.total", is(7));
    }

    /** As a fee of 1e-9999 was kept before: added to the report's numbers and to every rollup it is in. */
    private void poison(String agency, int year) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update applied_report set numbers = jsonb_set(numbers, "
                            + "'{proactiveDisclosure.fees.amount}', ('" + POISON + "')::jsonb) where agency_id = ?1 and year = ?2")
                    .setParameter(1, agency).setParameter(2, year).executeUpdate();
            int fee = Numbers.position("proactiveDisclosure.fees.amount") + 1;
            entityManager.createNativeQuery("update rollup set numbers[" + fee + "] = numbers[" + fee + "] + "
                            + POISON + " where year = ?1")
                    .setParameter(1, year).executeUpdate();
        });
    }

}

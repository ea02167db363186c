package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.Contribution;
import gov.disclosure.rollups.domain.Numbers;
import gov.disclosure.rollups.domain.RollupChange;
import gov.disclosure.rollups.domain.RollupChanges;
import gov.disclosure.rollups.domain.RollupKey;
import gov.disclosure.rollups.domain.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

import static gov.disclosure.rollups.Events.unusedYear;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Changes are added to the stored sums in PostgreSQL: the sums stored are exactly those {@link Numbers#plus} adds up
 * (value and scale), as a rebuild writes them.
 */
@QuarkusTest
class RollupStoreTest {

    private static final String FEE = "proactiveDisclosure.fees.amount";
    private static final String RECEIVED = "applications.newlyReceived.total";
    private static final String COUNTY = "410482";

    @Inject
    RollupStore store;

    @Inject
    RollupChanges changes;

    @Inject
    EntityManager entityManager;

    @Test
    void changesAddUpToTheSumsAddedUpInJavaScaleIncluded() {
        int year = unusedYear();
        Contribution first = contribution(year, Map.of(FEE, new BigDecimal("1.50"), RECEIVED, new BigDecimal("3")));
        Contribution revised = contribution(year, Map.of(FEE, new BigDecimal("0.0000"), RECEIVED, new BigDecimal("3")));
        Contribution other = contribution(year, Map.of(FEE, new BigDecimal("0.25"), RECEIVED, BigDecimal.ZERO));

        add(changes.between(null, first));
        add(changes.between(null, other));
        add(changes.between(first, revised));

        Numbers expected = Numbers.zero().plus(first.numbers()).plus(other.numbers())
                .plus(changes.between(first, revised).get(own(year)).numbers());
        assertEquals(expected.toArrayLiteral(), stored(year));
        assertEquals("{0.25}", stored(year, FEE));
        assertEquals("{3}", stored(year, RECEIVED));
        assertEquals(2, count(year));
    }

    @Test
    void aStoredArrayShorterThanTheCatalogueCountsAsPaddedWithZeros() {
        int year = unusedYear();
        Contribution report = contribution(year, Map.of(RECEIVED, new BigDecimal("4")));
        add(changes.between(null, report));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update rollup set numbers = numbers[1:3] where year = ?1").setParameter(1, year).executeUpdate());

        add(changes.between(null, report));

        // the first three numbers (zeros) kept, the rest read as zeros: the second report's numbers alone
        assertEquals(Numbers.zero().plus(report.numbers()).toArrayLiteral(), stored(year));
        assertEquals(2, count(year));
    }

    private static Contribution contribution(int year, Map<String, BigDecimal> numbers) {
        return new Contribution(COUNTY, year, false, false, Numbers.of(numbers));
    }

    private static RollupKey own(int year) {
        return new RollupKey(COUNTY, year, Scope.OWN);
    }

    private void add(SortedMap<RollupKey, RollupChange> change) {
        QuarkusTransaction.requiringNew().run(() -> store.add(change, Instant.now()));
    }

    private String stored(int year) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select numbers::text from rollup where region_code = ?1 and year = ?2 and scope = 'OWN'"
                                + " and basis = 'RECEIVED' and not breaks_rules")
                .setParameter(1, COUNTY).setParameter(2, year).getSingleResult());
    }

    private String stored(int year, String name) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select array[numbers[?3]]::text from rollup where region_code = ?1 and year = ?2"
                                + " and scope = 'OWN' and basis = 'RECEIVED' and not breaks_rules")
                .setParameter(1, COUNTY).setParameter(2, year).setParameter(3, Numbers.position(name) + 1)
                .getSingleResult());
    }

    private int count(int year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select report_count from rollup where region_code = ?1 and year = ?2 and scope = 'OWN'"
                                + " and basis = 'RECEIVED' and not breaks_rules")
                .setParameter(1, COUNTY).setParameter(2, year).getSingleResult()).intValue());
    }
}

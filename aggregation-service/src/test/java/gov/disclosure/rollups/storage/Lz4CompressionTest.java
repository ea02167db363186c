package gov.disclosure.rollups.storage;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An applied report's numbers are compressed with lz4, not PostgreSQL's slower default (pglz), on a server that has
 * lz4 (V5).
 */
@QuarkusTest
class Lz4CompressionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anAppliedReportsNumbersAreCompressedWithLz4() {
        assumeTrue(serverHasLz4(), "this PostgreSQL was built without lz4");
        int year = unusedYear();
        String agency = agency("compressed");
        send(published(agency, "410482", year, 1, 12345));
        awaitApplied(agency, year, 1);

        assertEquals("lz4", QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select pg_column_compression(numbers) from applied_report where agency_id = ?1 and year = ?2""")
                .setParameter(1, agency).setParameter(2, year).getSingleResult()));
    }

    private boolean serverHasLz4() {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from pg_settings
                               where name = 'default_toast_compression' and 'lz4' = any (enumvals))""")
                .getSingleResult());
    }
}

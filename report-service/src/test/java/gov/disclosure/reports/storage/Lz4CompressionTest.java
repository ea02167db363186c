package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A stored report's document and its event's payload are compressed with lz4, not PostgreSQL's slower default
 * (pglz), on a server that has lz4 (V31).
 */
@QuarkusTest
class Lz4CompressionTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aReportsDocumentAndItsEventAreCompressedWithLz4() {
        assumeTrue(serverHasLz4(), "this PostgreSQL was built without lz4");
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        UUID id = UUID.fromString(ReportApi.submit(report).then().statusCode(201).extract().path("id"));

        assertEquals("lz4", single("""
                select pg_column_compression(document) from report_revision where report_id = ?1""", id));
        assertEquals("lz4", single("""
                select pg_column_compression(payload) from outbox_event
                where subject = cast(?1 as varchar) order by sequence desc limit 1""", id));
    }

    private boolean serverHasLz4() {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery("""
                select exists (select 1 from pg_settings
                               where name = 'default_toast_compression' and 'lz4' = any (enumvals))""")
                .getSingleResult());
    }

    private Object single(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult());
    }
}

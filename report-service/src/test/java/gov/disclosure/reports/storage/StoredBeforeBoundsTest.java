package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Regions;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A report stored before numbers were bounded (a fee of 10,000 decimals, as {@code 1e-9999} was kept) still reads,
 * and withdrawing it repairs it: the withdrawal and its event hold the fee rounded to 20 decimals. No restart, no
 * migration.
 */
@QuarkusTest
class StoredBeforeBoundsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aReportOutOfBoundsReadsRoundedAndAWithdrawalRepairsIt() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        UUID id = UUID.fromString(ReportApi.submit(report).then().statusCode(201).extract().path("id"));
        storePoisonedRevision(id);

        ReportApi.latest(report).then()
                .statusCode(200)
                .body("revision", is(2))
                .body("report.proactiveDisclosure.fees.amount", is(0.0f));
        io.restassured.RestAssured.given().get(ReportApi.path(report) + "/revisions/2").then().statusCode(200);

        ReportApi.withdraw(report, "\"2\"").then()
                .statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("revision", is(3));
        ReportApi.latest(report).then().statusCode(200).body("status", is("WITHDRAWN"));
        ReportPublished withdrawal = new ReportPublishedCodec(Regions.standard()).read(latestEvent(id));
        assertEquals(0, withdrawal.numbers().get("proactiveDisclosure.fees.amount").compareTo(BigDecimal.ZERO));
        assertEquals(3, withdrawal.revision());
    }

    /** As the service stored {@code 1e-9999} before: a revision whose fee has 10,000 decimals. */
    private void storePoisonedRevision(UUID reportId) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into report_revision (id, report_id, revision, status, document, content_hash, validation_mode,
                        violations, warnings, violation_count, warning_count, submitted_at)
                    select ?2, report_id, 2, status,
                        jsonb_set(document, '{proactiveDisclosure,fees,amount}', ('0.' || repeat('0', 9999) || '1')::jsonb),
                        'poisoned', validation_mode, violations, warnings, violation_count, warning_count, now()
                    from report_revision where report_id = ?1 and revision = 1""")
                    .setParameter(1, reportId).setParameter(2, UUID.randomUUID()).executeUpdate();
            entityManager.createNativeQuery("update report set current_revision = 2 where id = ?1")
                    .setParameter(1, reportId).executeUpdate();
        });
    }

    private String latestEvent(UUID reportId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select payload from outbox_event where subject = ?1 order by sequence desc limit 1")
                .setParameter(1, reportId.toString()).getSingleResult());
    }
}

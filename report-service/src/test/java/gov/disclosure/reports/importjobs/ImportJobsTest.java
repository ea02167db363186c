package gov.disclosure.reports.importjobs;

import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.batch.BatchImport;
import gov.disclosure.reports.batch.BatchItem;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.published.PublishedForms;
import gov.disclosure.reports.validation.ValidationMode;
import gov.disclosure.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import jobs: files read in the background, each stored or refused on its own, followed until DONE. */
@QuarkusTest
class ImportJobsTest {

    private static final String IMPORTS = "/api/v1/imports";

    @Inject
    ImportJobs jobs;
    @Inject
    BatchImport batch;
    @Inject
    EntityManager entityManager;

    @Test
    void aJobOfMixedFilesEndsDoneSayingWhatBecameOfEach() {
        String text = Fixtures.text("ruzhou-szfb-2024");
        String first = uniqueName();
        String second = uniqueName();

        byte[] pdf = PublishedForms.pdf(text.replace("汝州市人民政府办公室", first));

        String location = given()
                .multiPart("file", "a.pdf", pdf, "application/pdf")
                .multiPart("file", "b.docx", PublishedForms.docx(text.replace("汝州市人民政府办公室", second)),
                        "application/octet-stream")
                .multiPart("file", "a-again.pdf", pdf, "application/pdf")
                .multiPart("file", "notice.txt", utf8("会议通知"), "text/plain")
                .multiPart("file", "scan.pdf", PublishedForms.scannedPdf(), "application/pdf")
                .post(IMPORTS).then()
                .statusCode(202)
                .header("Location", startsWith("http"))
                .body("status", is("RUNNING"))
                .body("total", is(5))
                .extract().header("Location");

        JsonPath job = awaitEnd(location);
        assertEquals("DONE", job.getString("status"));
        assertEquals(List.of(5, 5, 2, 1, 2), List.of(job.getInt("total"), job.getInt("done"), job.getInt("stored"),
                job.getInt("unchanged"), job.getInt("refused")));
        assertEquals(List.of("notice.txt", "scan.pdf"), job.getList("refusals.file"));
        assertEquals("/problems/unreadable-text", job.getString("refusals[0].problem.type"));
        assertEquals("SCANNED", job.getString("refusals[1].problem.reason"));
    }

    @Test
    void aZipsEntriesAreFilesOfTheJobAndUnsafeOnesAreRefusedEachOnItsOwn() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2024/report.html", PublishedForms.html(Fixtures.text("ruzhou-szfb-2024")
                .replace("汝州市人民政府办公室", uniqueName()), StandardCharsets.UTF_8));
        entries.put("../../outside.txt", utf8("x"));
        entries.put("nested.zip", ZipArchiveTest.zip(Map.of("a.txt", utf8("a")), StandardCharsets.UTF_8));

        String location = given().multiPart("file", "reports.zip", ZipArchiveTest.zip(entries, StandardCharsets.UTF_8),
                        "application/zip")
                .post(IMPORTS).then().statusCode(202).body("total", is(3)).body("done", is(2))
                .extract().header("Location");

        JsonPath job = awaitEnd(location);
        assertEquals(List.of(1, 2), List.of(job.getInt("stored"), job.getInt("refused")));
        assertEquals(List.of("reports.zip!/../../outside.txt", "reports.zip!/nested.zip"), job.getList("refusals.file"));
        assertEquals(List.of("UNSAFE_NAME", "UNSUPPORTED"), job.getList("refusals.problem.reason"));
    }

    /** A part's name and Content-Type are the client's: however long, they are kept, and the file is read. */
    @Test
    void aFileWithALongNameAndContentTypeIsStoredWithItsName() {
        String name = UUID.randomUUID() + "-annual-report".repeat(25) + ".pdf";
        String location = given().multiPart("file", name, PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024")
                        .replace("汝州市人民政府办公室", uniqueName())), "application/pdf; profile=" + "x".repeat(300))
                .post(IMPORTS).then().statusCode(202).extract().header("Location");

        JsonPath job = awaitEnd(location);
        assertEquals(List.of("DONE", 1), List.of(job.getString("status"), job.getInt("stored")));
        assertEquals(List.of("application/pdf"), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select media_type from revision_original where file_name = ?1")
                .setParameter(1, name).getResultList()));
    }

    /** A NUL cannot be kept in a text column: a file named with one is read, and named with U+FFFD instead. */
    @Test
    void aFileWhoseNameHoldsANulIsReadAndNamedAsItCanBeStored() {
        String location = given().multiPart("file", "notice\u0000.txt", utf8("会议通知"), "text/plain")
                .post(IMPORTS).then().statusCode(202).extract().header("Location");

        JsonPath job = awaitEnd(location);
        assertEquals(List.of("DONE", 1), List.of(job.getString("status"), job.getInt("refused")));
        assertEquals(List.of("notice\uFFFD.txt"), job.getList("refusals.file"));
    }

    /**
     * A worker died holding two files, after the first one's report was stored: when the claims' lease ends, another
     * worker takes both; the first gets the answer it got before (the Idempotency-Key of the file), not a second
     * revision.
     */
    @Test
    void aJobWhoseWorkerDiedMidWayIsResumedWithoutStoringAFileTwice() {
        Caller admin = new Caller("admin-console", Set.of(Role.ADMIN), Set.of(), null);
        String first = uniqueName();
        String second = uniqueName();
        List<IncomingFile> files = List.of(
                new IncomingFile.ToRead(new PublishedFile("first.txt", "text/plain",
                        utf8(Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", first)))),
                new IncomingFile.ToRead(new PublishedFile("second.pdf", "application/pdf",
                        PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024").replace("汝州市人民政府办公室", second)))));
        UUID jobId = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = jobs.create(admin, ValidationMode.STRICT, files).id();
            entityManager.createNativeQuery("update import_file set state = 'CLAIMED', attempts = 1, "
                    + "claimed_until = now() + interval '3 seconds' where job_id = ?1").setParameter(1, id)
                    .executeUpdate();
            return id;
        });
        UUID firstFile = QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createQuery(
                "select f.id from ImportFile f where f.jobId = ?1 and f.seq = 0").setParameter(1, jobId)
                .getSingleResult());
        var before = batch.load(files.get(0).name() == null ? null : ((IncomingFile.ToRead) files.get(0)).file(),
                admin, ValidationMode.STRICT, false, "import:" + firstFile);
        assertEquals(BatchItem.Outcome.STORED, before.outcome(), "the dead worker stored the first report");

        JsonPath job = awaitEnd(IMPORTS + "/" + jobId);

        assertEquals("DONE", job.getString("status"));
        assertEquals(List.of(2, 0, 0), List.of(job.getInt("stored"), job.getInt("unchanged"), job.getInt("refused")));
        given().get("/api/v1/agencies/{agency}/reports/2024/revisions", before.agencyId()).then()
                .statusCode(200).body("revisions", hasSize(1));
    }

    @Test
    void aCancelledJobSkipsTheFilesNotYetRead() {
        var upload = given();
        for (int i = 0; i < 8; i++) {
            upload.multiPart("file", "r" + i + ".txt",
                    utf8(Fixtures.text("zhoukou-xzfwzx-2021").replace("周口市行政服务中心", "周口市取消测试" + i + "中心")),
                    "text/plain");
        }
        String location = upload.post(IMPORTS).then().statusCode(202).extract().header("Location");

        given().post(location + "/cancel").then().statusCode(200).body("status", is("CANCELLED"));

        JsonPath job = awaitSettled(location);
        assertEquals("CANCELLED", job.getString("status"));
        assertTrue(job.getInt("skipped") > 0 || job.getInt("done") == 8, job.prettify());
        given().delete(location).then().statusCode(200).body("status", is("CANCELLED"));
    }

    @Test
    void jobsAreListedAndSeenOnlyByWhoSentThemAndAdmins() {
        // an agency of its own: other tests' jobs are sent by other submitters
        String submitter = Tokens.submitter("410482", Fixtures.uniqueAgencyId("410482-lister"));
        String location = given().header("Authorization", "Bearer " + submitter)
                .multiPart("file", "notice.txt", utf8("会议通知"), "text/plain")
                .post(IMPORTS).then().statusCode(202).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().header("Authorization", "Bearer " + submitter).get(IMPORTS).then()
                .statusCode(200).body("id", contains(id));
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-other")).get(location).then()
                .statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.submitter("410482", "410482-other")).post(location + "/cancel")
                .then().statusCode(403);
        given().get(location).then().statusCode(200);
    }

    @Test
    void badRequestsGetProblems() {
        given().contentType("multipart/form-data").multiPart("other", "x.txt", utf8("x")).post(IMPORTS).then()
                .statusCode(400).body("type", is("/problems/invalid-parameter"));
        given().get(IMPORTS + "/not-a-uuid").then().statusCode(404);
        given().get(IMPORTS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().queryParam("size", "0").get(IMPORTS).then().statusCode(400);
        given().multiPart("file", "x.txt", utf8("x")).queryParam("validation", "sloppy").post(IMPORTS).then()
                .statusCode(400);
    }

    private static JsonPath awaitEnd(String location) {
        return await(location, job -> !job.getString("status").equals("RUNNING"));
    }

    /** Cancelled, and the file being read when it was has been read. */
    private static JsonPath awaitSettled(String location) {
        return await(location, job -> job.getInt("done") + job.getInt("skipped") == job.getInt("total"));
    }

    private static JsonPath await(String location, java.util.function.Predicate<JsonPath> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if (until.test(job) || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private static String uniqueName() {
        return "汝州市导入" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "局";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

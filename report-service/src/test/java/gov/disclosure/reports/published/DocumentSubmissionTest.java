package gov.disclosure.reports.published;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static gov.disclosure.reports.ReportApi.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A report sent as published, as a PDF, a Word file or a web page, is read and stored; the file is kept as sent. */
@QuarkusTest
class DocumentSubmissionTest {

    static final String DOCX = DocumentFormat.DOCX_TYPE;

    @Test
    void aPdfIsStoredAsItsReportAndItsSourceIsThePdfByteForByte() {
        ObjectNode expected = Fixtures.newReport("ruzhou-szfb-2024");
        byte[] pdf = PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"), true);

        Response created = given().contentType("application/pdf").body(pdf)
                .queryParam("agencyId", Fixtures.agencyId(expected))
                .post(ReportApi.REPORTS).then()
                .statusCode(201)
                .body("revision", is(1))
                .body("source.format", is("FORMAT_2021"))
                .extract().response();

        Fixtures.assertSameReport(expected, body(created).get("report"));
        byte[] source = given().get(ReportApi.path(expected) + "/revisions/1/source").then()
                .statusCode(200)
                .contentType(is("application/pdf"))
                .extract().asByteArray();
        assertArrayEquals(pdf, source);
    }

    @Test
    void theSamePdfAgainChangesNothing() {
        ObjectNode expected = Fixtures.newReport("zhoukou-xzfwzx-2021");
        byte[] pdf = PublishedForms.pdf(Fixtures.text("zhoukou-xzfwzx-2021"));

        for (int status : new int[]{201, 200}) {
            given().contentType("application/pdf").body(pdf).queryParam("agencyId", Fixtures.agencyId(expected))
                    .post(ReportApi.REPORTS).then().statusCode(status).body("revision", is(1));
        }
    }

    @Test
    void aWordFileIsStoredAndKeptAsSent() {
        ObjectNode expected = Fixtures.newReport("zhengzhou-zwfwb-2021");
        byte[] docx = PublishedForms.docx(Fixtures.text("zhengzhou-zwfwb-2021"));

        Response created = given().contentType(DOCX).body(docx).queryParam("agencyId", Fixtures.agencyId(expected))
                .post(ReportApi.REPORTS).then().statusCode(201).extract().response();

        Fixtures.assertSameReport(expected, body(created).get("report"));
        byte[] source = given().get(ReportApi.path(expected) + "/revisions/1/source").then()
                .statusCode(200).contentType(is(DOCX)).extract().asByteArray();
        assertArrayEquals(docx, source);
    }

    @Test
    void aSavedWebPageIsStoredWithItsContentType() {
        ObjectNode expected = Fixtures.newReport("xinan-example-2023-kangxi");
        byte[] page = PublishedForms.html(Fixtures.text("xinan-example-2023-kangxi"), StandardCharsets.UTF_8);

        Response created = given().contentType("text/html; charset=UTF-8").body(page)
                .queryParam("agencyId", Fixtures.agencyId(expected))
                .post(ReportApi.REPORTS).then().statusCode(201).extract().response();

        Fixtures.assertSameReport(expected, body(created).get("report"));
        byte[] source = given().get(ReportApi.path(expected) + "/revisions/1/source").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asByteArray();
        assertArrayEquals(page, source);
    }

    @Test
    void aWebPageIsStoredWhateverTheLengthOfItsContentType() {
        ObjectNode expected = Fixtures.newReport("xinan-example-2023-kangxi");
        byte[] page = PublishedForms.html(Fixtures.text("xinan-example-2023-kangxi"), StandardCharsets.UTF_8);
        String contentType = "text/html; charset=UTF-8; profile=" + "x".repeat(300);

        given().contentType(contentType).body(page).queryParam("agencyId", Fixtures.agencyId(expected))
                .post(ReportApi.REPORTS).then().statusCode(201);
        given().get(ReportApi.path(expected) + "/revisions/1/source").then()
                .statusCode(200).contentType(containsString("profile=xxx"));
    }

    @Test
    void aPdfInABatchIsStoredWhateverTheLengthOfItsName() {
        String agency = "汝州市" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4) + "局";
        String name = "annual-report-".repeat(25) + ".pdf";

        given().multiPart("file", name, PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024")
                        .replace("汝州市人民政府办公室", agency)), "application/pdf")
                .post("/api/v1/reports/batch").then().statusCode(200)
                .body("results.file", contains(name))
                .body("results.outcome", contains("STORED"));
    }

    @Test
    void aDryRunOfAWordFileAnswersTheReportAndStoresNothing() {
        String agency = Fixtures.uniqueAgencyId("dry-docx");

        given().contentType(DOCX).body(PublishedForms.docx(Fixtures.text("xinan-example-2023-pdf")))
                .queryParam("agencyId", agency).queryParam("dryRun", "true")
                .post(ReportApi.REPORTS).then()
                .statusCode(200)
                .body("report.agency.name", is("新安县示例局"))
                .body("report.proactiveDisclosure.licensing.decisions", is(1260))
                .body("validation.valid", is(true));

        given().get("/api/v1/agencies/{agency}/reports/2023", agency).then().statusCode(404);
    }

    @Test
    void aScanIsRefusedSayingItIsOne() {
        given().contentType("application/pdf").body(PublishedForms.scannedPdf())
                .post(ReportApi.REPORTS).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/unreadable-document"))
                .body("reason", is("SCANNED"))
                .body("detail", containsString("scan"));
    }

    @Test
    void anEncryptedPdfIsRefusedSayingItIsEncrypted() throws IOException {
        given().contentType("application/pdf").body(encrypted(PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"))))
                .post(ReportApi.REPORTS).then()
                .statusCode(422)
                .body("type", is("/problems/unreadable-document"))
                .body("reason", is("ENCRYPTED"))
                .body("detail", containsString("password"));
    }

    @Test
    void truncatedAndDamagedFilesAreRefusedNamingTheProblem() {
        byte[] pdf = PublishedForms.pdf(Fixtures.text("ruzhou-szfb-2024"));
        byte[] docx = PublishedForms.docx(Fixtures.text("ruzhou-szfb-2024"));

        given().contentType("application/pdf").body(Arrays.copyOf(pdf, pdf.length / 3))
                .post(ReportApi.REPORTS).then().statusCode(422).body("reason", is("TRUNCATED"));
        given().contentType(DOCX).body(Arrays.copyOf(docx, docx.length / 2))
                .post(ReportApi.REPORTS).then().statusCode(422).body("reason", is("DAMAGED"));
        given().contentType(DOCX).body("not a word file".getBytes(StandardCharsets.UTF_8))
                .post(ReportApi.REPORTS).then().statusCode(422).body("reason", is("NOT_THIS_FORMAT"));
        given().contentType(DocumentFormat.DOC_TYPE).body(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0})
                .post(ReportApi.REPORTS).then().statusCode(422).body("reason", is("DAMAGED"));
        given().contentType("application/pdf").body(new byte[0])
                .post(ReportApi.REPORTS).then().statusCode(422).body("reason", is("NOT_THIS_FORMAT"));
    }

    @Test
    void aBatchTakesEveryFormatAndRefusesTheScanOnItsOwn() {
        String text = Fixtures.text("ruzhou-szfb-2024");
        byte[] pdf = PublishedForms.pdf(text.replace("汝州市人民政府办公室", "汝州市文档导入测试局"));
        byte[] docx = PublishedForms.docx(text.replace("汝州市人民政府办公室", "汝州市文档导入测试办"));
        byte[] page = PublishedForms.html(text.replace("汝州市人民政府办公室", "汝州市文档导入测试站"),
                StandardCharsets.UTF_8);

        given().multiPart("file", "a.pdf", pdf, "application/octet-stream")
                .multiPart("file", "b.docx", docx, DOCX)
                .multiPart("file", "c.html", page, "text/html")
                .multiPart("file", "scan.pdf", PublishedForms.scannedPdf(), "application/pdf")
                .post("/api/v1/reports/batch").then()
                .statusCode(200)
                .body("results.outcome", contains("STORED", "STORED", "STORED", "REFUSED"))
                .body("results.agencyName", contains("汝州市文档导入测试局", "汝州市文档导入测试办", "汝州市文档导入测试站", null))
                .body("results[3].problem.type", is("/problems/unreadable-document"))
                .body("results[3].problem.reason", is("SCANNED"));
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}

package gov.disclosure.reports.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.access.Role;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import gov.disclosure.testing.Browser;
import gov.disclosure.testing.TestIdentityProvider;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person signed in through the identity provider on aggregation-service's pages follows a link to a report's
 * revisions: their browser carries no token, so it is signed in with the code flow (the same provider and client as
 * the pages) and lands on the link, answered with its JSON under the person's roles and reach. API callers are not
 * touched: without a token they get the 401 problem, never a redirect.
 */
@QuarkusTest
@WithTestResource(value = TestIdentityProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BrowserLinksSignInTest {

    private ObjectNode ruzhou;
    private String revisions;

    @BeforeEach
    void storeAReportOf410482() {
        ruzhou = Fixtures.newReport("ruzhou-szfb-2024");
        ReportApi.submit(ruzhou).then().statusCode(201);
        revisions = ReportApi.path(ruzhou) + "/revisions";
    }

    @Test
    void aBrowserFollowingTheLinkSignedOutIsSentToTheProvider() throws Exception {
        HttpResponse<String> answer = new Browser().getWithoutRedirects(revisions);

        assertEquals(302, answer.statusCode());
        assertTrue(answer.headers().firstValue("Location").orElseThrow()
                .startsWith(TestIdentityProvider.issuer() + "/authorize?"), answer.headers().toString());
    }

    @Test
    void aReviewerSignedInAtTheProviderLandsOnTheRevisionsOfAReportInItsRegion() throws Exception {
        TestIdentityProvider.signInNextAs("office-410400", Set.of(Role.REVIEWER), "410400");
        int exchanged = TestIdentityProvider.tokenRequests();

        HttpResponse<String> landed = new Browser().get(revisions);

        assertEquals(200, landed.statusCode(), landed.body());
        assertEquals(revisions, landed.uri().getPath());
        assertEquals(null, landed.uri().getQuery(), "the code and state are gone from the URL");
        assertTrue(landed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertTrue(landed.body().startsWith("[{") && landed.body().contains("\"revision\":1"), landed.body());
        assertEquals(exchanged + 1, TestIdentityProvider.tokenRequests(), "one code exchanged for tokens");
    }

    @Test
    void aReviewerOfAnotherRegionGetsTheForbiddenProblem() throws Exception {
        TestIdentityProvider.signInNextAs("office-410100", Set.of(Role.REVIEWER), "410100");

        HttpResponse<String> landed = new Browser().get(revisions);

        assertEquals(403, landed.statusCode(), landed.body());
        assertEquals(revisions, landed.uri().getPath());
        assertTrue(landed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(landed.body().contains("\"/problems/forbidden\""), landed.body());
    }

    @Test
    void theSessionServesTheNextLinkWithoutTheProvider() throws Exception {
        TestIdentityProvider.signInNextAs("office-410400", Set.of(Role.REVIEWER), "410400");
        Browser browser = new Browser();
        assertEquals(200, browser.get(revisions).statusCode());
        int exchanged = TestIdentityProvider.tokenRequests();

        HttpResponse<String> revision = browser.getWithoutRedirects(revisions + "/1");

        assertEquals(200, revision.statusCode(), revision.body());
        assertTrue(browser.hasCookie("q_session_web"));
        assertEquals(exchanged, TestIdentityProvider.tokenRequests());
    }

    @Test
    void anApiCallWithoutATokenStillGetsTheProblemNotARedirect() {
        for (String accept : new String[] {"application/json", "*/*", "application/json, text/html;q=0.5"}) {
            given().noFilters().redirects().follow(false).accept(accept).get(revisions).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Bearer"))
                    .header("Location", nullValue()).body("status", equalTo(401));
        }
    }

    @Test
    void anythingButAGetWithoutATokenStillGetsTheProblem() {
        ReportApi.json(Fixtures.newReport("ruzhou-szfb-2024")).noFilters().redirects().follow(false)
                .accept(Browser.ACCEPT).post(ReportApi.REPORTS).then().statusCode(401)
                .contentType("application/problem+json").header("Location", nullValue());
    }

    @Test
    void aBrowserWithATokenIsAnsweredByItsToken() {
        given().noFilters().redirects().follow(false).accept(Browser.ACCEPT)
                .cookie("disclosure_token", Tokens.reviewer("410400")).get(revisions).then().statusCode(200);
        given().noFilters().redirects().follow(false).accept(Browser.ACCEPT)
                .cookie("disclosure_token", Tokens.expired()).get(revisions).then().statusCode(401)
                .contentType("application/problem+json");
        given().noFilters().redirects().follow(false).accept(Browser.ACCEPT)
                .auth().oauth2(Tokens.reviewer("410100")).get(revisions).then().statusCode(403)
                .contentType("application/problem+json").body("type", startsWith("/problems/forbidden"));
    }
}

package gov.disclosure.rollups.web;

import gov.disclosure.access.Caller;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.access.SignInCookie;
import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.rollups.api.RollupAccess;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The pages a person reads in a browser (not API: hidden from the API description). Signed in, they follow the
 * API's token rules (viewer, reviewer within its reach, admin); signed out, they show the public figures when
 * {@code web.public-figures} is on, and ask to sign in otherwise.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PagesResource {

    private static final int LAST_YEAR = 9999;
    private static final int MAX_PAGE = 100_000;
    /** How long the sign-in waits for a token's verification (quarkus-oidc may ask the provider for its keys). */
    private static final Duration VERIFICATION = Duration.ofSeconds(10);

    private final RegionPages pages;
    private final RollupAccess access;
    private final Regions regions;
    private final CurrentCaller caller;
    private final TenantIdentityProvider tokens;
    private final WebConfig config;
    private final Template region;
    private final Template signIn;
    private final Template problem;

    public PagesResource(RegionPages pages, RollupAccess access, Regions regions, CurrentCaller caller, TenantIdentityProvider tokens,
                         WebConfig config, @Location("pages/region.html") Template region,
                         @Location("pages/sign-in.html") Template signIn, @Location("pages/problem.html") Template problem) {
        this.pages = pages;
        this.access = access;
        this.regions = regions;
        this.caller = caller;
        this.tokens = tokens;
        this.config = config;
        this.region = region;
        this.signIn = signIn;
        this.problem = problem;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        Viewer viewer = viewer();
        if (!viewer.signedIn() && !config.publicFigures()) {
            return seeOther("/sign-in");
        }
        Region home = readable(viewer, viewer.homeRegion());
        return seeOther(PageLinks.region(home.code(), pages.latestYear(home), Scope.ALL, Basis.RECEIVED));
    }

    @GET
    @Path("regions/{regionCode}")
    @Operation(hidden = true)
    public Response chooseYear(@PathParam("regionCode") String regionCode, @QueryParam("year") String year,
                               @QueryParam("scope") String scope, @QueryParam("basis") String basis) {
        int chosen = whole("year", year, AnnualReport.FIRST_YEAR, LAST_YEAR, -1);
        Viewer viewer = viewer();
        if (!viewer.signedIn() && !config.publicFigures()) {
            return seeOther("/sign-in");
        }
        Region found = readable(viewer, regionCode);
        return seeOther(PageLinks.region(found.code(), chosen < 0 ? pages.latestYear(found) : chosen, scope(scope),
                basis(basis)));
    }

    @GET
    @Path("regions/{regionCode}/{year}")
    @Operation(hidden = true)
    public Response region(@PathParam("regionCode") String regionCode, @PathParam("year") int year,
                           @QueryParam("scope") String scope, @QueryParam("basis") String basis,
                           @QueryParam("page") String page) {
        Scope sums = scope(scope);
        Basis reports = basis(basis);
        int reportsPage = whole("page", page, 0, MAX_PAGE, 0);
        if (year < AnnualReport.FIRST_YEAR || year > LAST_YEAR) {
            throw invalid("year", "must be from %d to %d".formatted(AnnualReport.FIRST_YEAR, LAST_YEAR));
        }
        Viewer viewer = viewer();
        if (!viewer.signedIn() && !config.publicFigures()) {
            return seeOther("/sign-in");
        }
        Region found = readable(viewer, regionCode);
        RegionPage shown = pages.page(viewer, found, year, sums, reports, reportsPage);
        return Response.ok(region.data("page", shown)).build();
    }

    @GET
    @Path("sign-in")
    @Operation(hidden = true)
    public Response signInPage(@QueryParam("token") String bearer) {
        if (bearer == null || bearer.isBlank()) {
            // signed in (the identity provider's code flow ends here): on to the pages
            return viewer().signedIn() ? seeOther("/") : Response.ok(signIn.data("error", null)).build();
        }
        return signIn(bearer);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response signInForm(@FormParam("token") String bearer) {
        return signIn(bearer == null ? "" : bearer);
    }

    @GET
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut() {
        // asks who is signed in: with the identity provider's sign-in (tenant web), quarkus-oidc ends that session
        // here and sends the browser to the provider's end-session endpoint instead of this answer
        viewer();
        return Response.seeOther(URI.create("/")).cookie(cookie("", 0)).build();
    }

    /**
     * Keeps a token the identity provider signed in an HttpOnly cookie, which the services read like the header. The
     * token is verified as a bearer token of the API is (quarkus-oidc's default tenant).
     */
    private Response signIn(String bearer) {
        JsonWebToken verified;
        try {
            SecurityIdentity identity = tokens.authenticate(new AccessTokenCredential(bearer.trim()))
                    .await().atMost(VERIFICATION);
            verified = (JsonWebToken) identity.getPrincipal();
        } catch (RuntimeException unverified) { // AuthenticationFailedException; a timeout; not a JWT
            return Response.status(401).entity(signIn.data("error",
                    "这个令牌无法验证（签名、签发者或有效期不符）。The token cannot be verified.")).build();
        }
        long seconds = verified.getExpirationTime() - Instant.now().getEpochSecond();
        return Response.seeOther(URI.create("/")).cookie(cookie(verified.getRawToken(), (int) Math.max(0, seconds)))
                .build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(SignInCookie.NAME).value(value).path("/").httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    /** A problem on a page is a page: its status, and what was wrong. */
    @ServerExceptionMapper
    public Response problem(HttpProblem failure) {
        return Response.status(failure.getStatusCode()).type(MediaType.TEXT_HTML_TYPE)
                .entity(problem.data("status", failure.getStatusCode()).data("title", failure.getTitle())
                        .data("detail", failure.getDetail()).render())
                .build();
    }

    /** A cookie whose token no longer verifies (expired): sign in again. */
    @ServerExceptionMapper
    public Response expired(AuthenticationFailedException failure) {
        return Response.seeOther(URI.create("/sign-in")).cookie(cookie("", 0)).build();
    }

    private Viewer viewer() {
        return new Viewer(caller.get());
    }

    /** The region if the viewer reads it: by the API's rules when signed in, any region for the public figures. */
    private Region readable(Viewer viewer, String code) {
        if (!viewer.signedIn()) {
            return regions.find(code).orElseThrow(() -> HttpProblem.builder().withStatus(404)
                    .withType(URI.create("/problems/not-found")).withTitle("Not found")
                    .withDetail("no region " + code + " in the region table").build());
        }
        if (!viewer.readsRollups()) {
            throw HttpProblem.builder().withStatus(403).withType(URI.create("/problems/forbidden"))
                    .withTitle("Outside the reach of your token")
                    .withDetail("the pages are for viewers, reviewers and admins").build();
        }
        return access.region(code, viewer.caller());
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static Scope scope(String value) {
        return Scope.parse(value).orElseThrow(() -> invalid("scope", "must be own or all"));
    }

    private static Basis basis(String value) {
        return Basis.parse(value).orElseThrow(() -> invalid("basis", "must be received or accepted"));
    }

    private static int whole(String parameter, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(parameter, "must be a whole number from %d to %d".formatted(min, max));
    }

    private static HttpProblem invalid(String parameter, String detail) {
        return HttpProblem.builder().withStatus(400).withType(URI.create("/problems/invalid-parameter"))
                .withTitle("A request parameter is not acceptable").withDetail(parameter + " " + detail).build();
    }
}

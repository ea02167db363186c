package gov.disclosure.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Requests of a test that names no caller are sent as an admin: the tests of what the API does need not repeat
 * who may do it; the tests of access (roles and scopes) send their own tokens. A test that must send no token at
 * all says {@code given().noFilters()}.
 */
public class DefaultCaller implements QuarkusTestBeforeEachCallback {

    private static final Filter ADMIN_UNLESS_AUTHORIZED = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + Tokens.admin());
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(ADMIN_UNLESS_AUTHORIZED);
    }
}

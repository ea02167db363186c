package gov.disclosure.reports;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The roster API as the tests call it. */
public final class RosterApi {

    public static final String AGENCIES = "/api/v1/agencies";

    private RosterApi() {
    }

    /** An agency as a PUT body; activeFrom and activeTo may be null. */
    public static Map<String, Object> agency(String name, String regionCode, String kind, String activeFrom,
                                             String activeTo) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("name", name);
        agency.put("regionCode", regionCode);
        agency.put("kind", kind);
        agency.put("activeFrom", activeFrom);
        agency.put("activeTo", activeTo);
        return agency;
    }

    public static Response put(String agencyId, Map<String, Object> agency) {
        return put(given(), agencyId, agency);
    }

    public static Response put(RequestSpecification request, String agencyId, Map<String, Object> agency) {
        return request.contentType("application/json").body(agency).put(AGENCIES + "/" + agencyId);
    }

    /** Puts the agency on the roster (201). */
    public static void rostered(String agencyId, Map<String, Object> agency) {
        put(agencyId, agency).then().statusCode(201);
    }
}

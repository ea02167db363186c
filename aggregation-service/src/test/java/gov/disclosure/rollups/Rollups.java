package gov.disclosure.rollups;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;

/** The rollup API as the tests call it. */
public final class Rollups {

    private Rollups() {
    }

    public static ValidatableResponse rollup(String regionCode, int year, String scope) {
        return given().queryParam("scope", scope).get("/api/v1/rollups/{region}/{year}", regionCode, year)
                .then().statusCode(200);
    }
}

package gov.disclosure.rollups.api;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The problems the rollup API answers with (RFC 9457). */
final class RollupProblems {

    private RollupProblems() {
    }

    static HttpProblem unknownRegion(String regionCode) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/not-found"))
                .withTitle("Not found")
                .withStatus(404)
                .withDetail("no region " + regionCode + " in the region table (GB/T 2260 codes, 000000 for the country)")
                .build();
    }

    static HttpProblem invalidParameter(String parameter, String detail) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/invalid-parameter"))
                .withTitle("A request parameter is not acceptable")
                .withStatus(400)
                .withDetail(parameter + " " + detail)
                .with("errors", List.of(Map.of("parameter", parameter, "detail", detail)))
                .build();
    }
}

package gov.disclosure.reports.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** Builds RFC 9457 problem details of this service's {@link ProblemType}s. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem.Builder of(ProblemType type, String detail) {
        return HttpProblem.builder()
                .withType(type.uri())
                .withStatus(type.status())
                .withTitle(type.title())
                .withDetail(detail);
    }
}

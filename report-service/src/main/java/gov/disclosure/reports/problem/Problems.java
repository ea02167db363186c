package gov.disclosure.reports.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** A problem as the members of its JSON object (type, title, status, detail and its extensions). */
    public static Map<String, Object> asMap(HttpProblem problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (problem.getType() != null) {
            map.put("type", problem.getType().toString());
        }
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatusCode());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        map.putAll(problem.getParameters());
        return map;
    }
}

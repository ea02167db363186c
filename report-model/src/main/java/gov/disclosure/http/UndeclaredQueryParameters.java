package gov.disclosure.http;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter that the operation does not declare is refused with a 400 that names it and lists the ones it
 * takes: a misspelt {@code ?sise=10} or a filter the operation does not have would otherwise be ignored, and the
 * caller would take an unfiltered answer for a filtered one. Both services.
 */
public class UndeclaredQueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuseUndeclared(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return Optional.empty();
        }
        Set<String> known = declared.computeIfAbsent(method, UndeclaredQueryParameters::queryParameters);
        List<String> unknown = uri.getQueryParameters().keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .toList();
        return unknown.isEmpty() ? Optional.empty() : Optional.of(refusal(unknown, known, uri));
    }

    static Set<String> queryParameters(Method method) {
        return Arrays.stream(method.getParameters())
                .map(UndeclaredQueryParameters::queryName)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<String> queryName(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return Optional.of(query.value());
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return Optional.of(rest.value().isEmpty() ? parameter.getName() : rest.value());
        }
        return Optional.empty();
    }

    private static Response refusal(List<String> unknown, Set<String> known, UriInfo uri) {
        String takes = known.isEmpty() ? "takes no query parameters" : "takes only " + String.join(", ", known);
        List<Map<String, String>> errors = unknown.stream()
                .map(name -> Map.of("parameter", name, "detail", "is not a parameter of this operation, which " + takes))
                .toList();
        return HttpProblem.builder()
                .withStatus(400)
                .withType(URI.create("/problems/invalid-parameter"))
                .withTitle("A request parameter is not acceptable")
                .withDetail(unknown.get(0) + " is not a parameter of this operation, which " + takes)
                .withInstance(URI.create(uri.getRequestUri().getRawPath()))
                .with("errors", errors)
                .build()
                .toResponse();
    }
}

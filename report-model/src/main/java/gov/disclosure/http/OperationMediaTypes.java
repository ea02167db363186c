package gov.disclosure.http;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The media types each operation of this service takes and answers, read once from its resources' annotations, so
 * that a 415 or a 406 can tell the caller what it should have sent or asked for.
 */
final class OperationMediaTypes {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]*}");

    record Operation(String method, Pattern path, List<String> consumes, List<String> produces) {
    }

    private static volatile List<Operation> operations;

    private OperationMediaTypes() {
    }

    static List<String> consumed(String method, String path) {
        return collect(method, path, Operation::consumes);
    }

    static List<String> produced(String method, String path) {
        return collect(method, path, Operation::produces);
    }

    private static List<String> collect(String method, String path, Function<Operation, List<String>> types) {
        Set<String> found = new LinkedHashSet<>();
        operations().stream()
                .filter(operation -> operation.method().equals(method) && operation.path().matcher(path).matches())
                .forEach(operation -> found.addAll(types.apply(operation)));
        return List.copyOf(found);
    }

    private static List<Operation> operations() {
        if (operations == null) {
            operations = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(Bean::getBeanClass)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .distinct()
                    .flatMap(OperationMediaTypes::operationsOf)
                    .toList();
        }
        return operations;
    }

    private static Stream<Operation> operationsOf(Class<?> resource) {
        List<Operation> found = new ArrayList<>();
        for (Method method : resource.getMethods()) {
            httpMethod(method).ifPresent(verb -> found.add(new Operation(verb,
                    pathPattern(resource.getAnnotation(Path.class).value(), method.getAnnotation(Path.class)),
                    types(method, resource, Consumes.class, Consumes::value),
                    types(method, resource, Produces.class, Produces::value))));
        }
        return found.stream();
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(verb -> verb != null)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static Pattern pathPattern(String resourcePath, Path methodPath) {
        String template = "/" + resourcePath + "/" + (methodPath == null ? "" : methodPath.value());
        String normalised = template.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        int last = 0;
        var variables = TEMPLATE_VARIABLE.matcher(normalised);
        while (variables.find()) {
            regex.append(Pattern.quote(normalised.substring(last, variables.start()))).append("[^/]+");
            last = variables.end();
        }
        regex.append(Pattern.quote(normalised.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private static <A extends Annotation> List<String> types(Method method, Class<?> resource, Class<A> kind,
            Function<A, String[]> values) {
        return Stream.of(method, (AnnotatedElement) resource)
                .map(element -> element.getAnnotation(kind))
                .filter(annotation -> annotation != null)
                .findFirst()
                .map(annotation -> Arrays.stream(values.apply(annotation))
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::trim)
                        .toList())
                .orElse(List.of());
    }
}

package gov.disclosure.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In production, every path of each service's API reaches that service, with room for uploads; Prometheus scrapes both. */
class ProductionIngressTest {

    private static final Path OPENAPI = Path.of("../../openapi");
    private static Rendered production;

    @BeforeAll
    static void render() {
        production = Rendered.overlay("production");
    }

    @Test
    void everyPathOfEachApiIsRoutedToItsService() throws IOException {
        List<HTTPIngressPath> rules = ingress().getSpec().getRules().get(0).getHttp().getPaths();
        List<String> misrouted = new ArrayList<>();
        for (String service : List.of("report-service", "aggregation-service")) {
            for (String path : apiPaths(service)) {
                String concrete = path.replaceAll("\\{[^}]*}", "x");
                String target = rules.stream()
                        .filter(rule -> matches(rule.getPath(), concrete))
                        .max(Comparator.comparingInt(rule -> rule.getPath().length()))
                        .map(rule -> rule.getBackend().getService().getName())
                        .orElse("nothing");
                if (!target.equals(service)) {
                    misrouted.add(path + " goes to " + target + ", not " + service);
                }
            }
        }
        assertEquals(List.of(), misrouted);
    }

    @Test
    void uploadsAndLongAnswersFit() {
        Map<String, String> annotations = ingress().getMetadata().getAnnotations();
        assertEquals("64m", annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
        assertTrue(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")) >= 300);
    }

    @Test
    void prometheusScrapesBothServicesMetrics() {
        GenericKubernetesResource monitor = production.objects().stream()
                .filter(object -> object.getKind().equals("ServiceMonitor"))
                .map(GenericKubernetesResource.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no ServiceMonitor in production"));
        Map<String, Object> spec = (Map<String, Object>) monitor.getAdditionalProperties().get("spec");
        assertEquals(Map.of("matchLabels", Map.of("app.kubernetes.io/part-of", "disclosure")), spec.get("selector"));
        assertEquals(List.of(Map.of("port", "http", "path", "/q/metrics", "interval", "30s")), spec.get("endpoints"));
        for (String service : List.of("report-service", "aggregation-service")) {
            var found = production.objects().stream()
                    .filter(object -> object.getKind().equals("Service") && object.getMetadata().getName().equals(service))
                    .findFirst().orElseThrow();
            assertEquals("disclosure", found.getMetadata().getLabels().get("app.kubernetes.io/part-of"), service);
        }
    }

    private static Ingress ingress() {
        return production.objects().stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no Ingress in production"));
    }

    /** Prefix matching as Kubernetes defines it: by whole path segments. */
    private static boolean matches(String prefix, String path) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static List<String> apiPaths(String service) throws IOException {
        return Files.readAllLines(OPENAPI.resolve(service + ".yaml")).stream()
                .filter(line -> line.matches("^  /.*:$"))
                .map(line -> line.substring(2, line.length() - 1))
                .toList();
    }
}

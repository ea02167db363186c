package gov.disclosure.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/kubernetes/base/&lt;service&gt;/kubernetes.yml is what the service's build generates in
 * target/kubernetes/kubernetes.yml (quarkus-kubernetes, from application.properties and src/main/kubernetes/).
 * After changing those, build the service and refresh the copy with {@code -Dkubernetes.update=true}, e.g.
 * {@code ./mvnw -pl report-model,report-service,aggregation-service,deploy/kubernetes package -Dkubernetes.update=true
 * -Dtest=CommittedManifestsTest -Dsurefire.failIfNoSpecifiedTests=false}, and commit it.
 */
class CommittedManifestsTest {

    static final List<String> SERVICES = ManifestChecks.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void committedCopyIsWhatTheBuildGenerates(String service) throws IOException {
        Path generated = ServiceConfig.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        Path committed = Path.of("base", service, "kubernetes.yml");
        assertTrue(Files.exists(generated), generated + " is missing: build " + service + " first (./mvnw verify does)");
        if (Boolean.getBoolean("kubernetes.update")) {
            Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
        }
        // compared as objects: the generator does not keep the order of labels from one build to the next
        List<String> differences = new ArrayList<>();
        difference("", objects(Files.readString(generated)),
                Files.exists(committed) ? objects(Files.readString(committed)) : Map.of(), differences);
        assertTrue(differences.isEmpty(), () -> "deploy/kubernetes/" + committed + " is not what the " + service
                + " build generates; refresh it with -Dkubernetes.update=true (see " + getClass().getSimpleName()
                + ") and commit it:\n  " + String.join("\n  ", differences));
    }

    private static Map<String, Object> objects(String yaml) {
        Map<String, Object> objects = new TreeMap<>();
        for (HasMetadata object : Rendered.parse(yaml)) {
            objects.put(object.getApiVersion() + " " + Rendered.id(object),
                    Rendered.SERIALIZATION.unmarshal(Rendered.SERIALIZATION.asJson(object), Map.class));
        }
        return objects;
    }

    private static void difference(String path, Object generated, Object committed, List<String> differences) {
        if (generated instanceof Map<?, ?> g && committed instanceof Map<?, ?> c) {
            TreeSet<String> keys = new TreeSet<>();
            g.keySet().forEach(k -> keys.add(String.valueOf(k)));
            c.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                difference(path.isEmpty() ? key : path + "." + key, g.get(key), c.get(key), differences);
            }
        } else if (generated instanceof List<?> g && committed instanceof List<?> c && g.size() == c.size()) {
            for (int i = 0; i < g.size(); i++) {
                difference(path + "[" + i + "]", g.get(i), c.get(i), differences);
            }
        } else if (!Objects.equals(generated, committed)) {
            differences.add(path + ": generated " + generated + ", committed " + committed);
        }
    }
}

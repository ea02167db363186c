package gov.disclosure.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** An overlay as {@code kubectl kustomize} renders it, parsed into fabric8's typed objects. */
record Rendered(String overlay, List<HasMetadata> objects) {

    static final Path OVERLAYS = Path.of("overlays");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Renders {@code overlays/<overlay>} offline; {@code -Dkubectl=/path/to/kubectl} if it is not on the PATH. */
    static Rendered overlay(String overlay) {
        return new Rendered(overlay, parse(kustomize(OVERLAYS.resolve(overlay))));
    }

    static String kustomize(Path directory) {
        String kubectl = System.getProperty("kubectl", "kubectl");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString()).start();
            process.getOutputStream().close();
            var out = process.getInputStream().readAllBytes();
            var err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl (1.14 or newer, with kustomize) is needed to render the overlays;"
                    + " give its path with -Dkubectl=...", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<HasMetadata> parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<?> items = parsed instanceof List<?> list ? list : List.of(parsed);
        List<HasMetadata> objects = new ArrayList<>();
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            if (!(item instanceof HasMetadata object)) {
                throw new AssertionError("not a Kubernetes object: " + item);
            }
            objects.add(object);
        }
        return objects;
    }

    /** A deep copy, for tests that change it. */
    Rendered copy() {
        return new Rendered(overlay, new ArrayList<>(objects.stream().map(SERIALIZATION::clone).toList()));
    }

    <T extends HasMetadata> Stream<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(
                () -> new AssertionError(overlay + ": no " + type.getSimpleName() + " " + name));
    }

    /** Custom resources (Strimzi, CloudNativePG) of one kind. */
    Stream<GenericKubernetesResource> custom(String apiVersion, String kind) {
        return all(GenericKubernetesResource.class)
                .filter(o -> apiVersion.equals(o.getApiVersion()) && kind.equals(o.getKind()));
    }

    static String id(KubernetesResource object) {
        return object instanceof HasMetadata o ? o.getKind() + " " + o.getMetadata().getName() : String.valueOf(object);
    }
}

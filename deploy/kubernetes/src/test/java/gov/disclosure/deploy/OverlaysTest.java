package gov.disclosure.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every overlay, rendered offline by {@code kubectl kustomize}, against the services' configuration. */
class OverlaysTest {

    static final List<String> OVERLAYS = List.of("dev", "production");

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();
    private static final Map<String, ServiceConfig> SERVICES = ManifestChecks.serviceConfigs();

    static Stream<String> overlays() {
        return OVERLAYS.stream();
    }

    private static ManifestChecks checks(String overlay) {
        return new ManifestChecks(RENDERED.computeIfAbsent(overlay, Rendered::overlay), SERVICES);
    }

    @Test
    void everyOverlayIsTested() throws IOException {
        try (Stream<Path> dirs = Files.list(Rendered.OVERLAYS)) {
            assertEquals(OVERLAYS.stream().sorted().toList(),
                    dirs.map(d -> d.getFileName().toString()).sorted().toList());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void objectsAreValid(String overlay) {
        checks(overlay).objectsAreValid();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deploymentsProbeWhatTheApplicationsServe(String overlay) {
        checks(overlay).deployments();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesSendToTheApplicationsPort(String overlay) {
        checks(overlay).services();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void environmentIsWhatTheApplicationsRead(String overlay) {
        checks(overlay).environment();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesAreTheServices(String overlay) {
        checks(overlay).images();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void reportServiceAutoscalesAndAggregationFitsThePartitions(String overlay) {
        checks(overlay).autoscaling();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServiceHasADisruptionBudget(String overlay) {
        checks(overlay).disruptionBudgets();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void topicsAreThoseTheServicesUse(String overlay) {
        checks(overlay).topics();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesAllowExactlyWhatMustTalk(String overlay) {
        checks(overlay).networkPolicies();
    }

    /** "Made by ops" is a promise of the README: what the checks accept as made by ops, it names. */
    @Test
    void whatOpsMakeIsDocumented() throws IOException {
        String readme = Files.readString(ServiceConfig.ROOT.resolve("deploy/README.md"));
        java.util.stream.Stream.of(ManifestChecks.OPS_CONFIG_MAPS, ManifestChecks.OPS_SECRETS)
                .forEach(made -> made.forEach((name, keys) -> {
                    assertTrue(readme.contains("`" + name + "`"), "deploy/README.md does not tell ops to make " + name);
                    keys.forEach(k -> assertTrue(readme.contains(k), "deploy/README.md does not tell ops about " + k));
                }));
    }
}

package gov.disclosure.deploy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks catch mistakes: each of these breaks a correctly rendered overlay in one place. */
class ChecksCanFailTest {

    private static final Rendered DEV = Rendered.overlay("dev");
    private static final Map<String, ServiceConfig> SERVICES = ManifestChecks.serviceConfigs();

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("a probe path typo", "the readiness probe asks /q/health/redy", r -> container(r, "report-service").getReadinessProbe().getHttpGet()
                        .setPath("/q/health/redy")),
                mistake("a probe on another port", "the liveness probe asks port 8080", r -> container(r, "aggregation-service").getLivenessProbe()
                        .getHttpGet().setPort(new IntOrString(8080))),
                mistake("a container port that is not quarkus.http.port", "container port http should be quarkus.http.port 8081",
                        r -> container(r, "report-service").getPorts().get(0).setContainerPort(8080)),
                mistake("a Service sending to another port", "port http sends to 8081", r -> r.get(Service.class, "aggregation-service").getSpec()
                        .getPorts().get(0).setTargetPort(new IntOrString(8081))),
                mistake("a variable the application does not read", "sets DATABASE_URL, which report-service does not read", r -> container(r, "report-service").getEnv()
                        .add(new EnvVar("DATABASE_URL", "jdbc:postgresql://report-db-rw:5432/app", null))),
                mistake("a variable it needs left out", "does not set DB_PASSWORD", r -> container(r, "aggregation-service").getEnv()
                        .removeIf(v -> v.getName().equals("DB_PASSWORD"))),
                mistake("a Secret nobody makes", "Secret report-db-credentials, which is neither", r -> container(r, "report-service").getEnv().stream()
                        .filter(v -> v.getName().equals("DB_USER")).findFirst().orElseThrow().getValueFrom()
                        .getSecretKeyRef().setName("report-db-credentials")),
                mistake("a ConfigMap nobody makes", "ConfigMap aggregation-config is neither", r -> container(r, "aggregation-service").getEnvFrom().get(0)
                        .getConfigMapRef().setName("aggregation-config")),
                mistake("a database the service does not own", "shares the database cluster report-db", r -> r.all(ConfigMap.class)
                        .filter(c -> c.getMetadata().getName().startsWith("aggregation-service-config")).findFirst()
                        .orElseThrow().getData().put("DB_URL", "jdbc:postgresql://report-db-rw:5432/app")),
                mistake("a Kafka cluster without the topics", "KAFKA_BOOTSTRAP_SERVERS kafka:9092", r -> r.all(ConfigMap.class)
                        .filter(c -> c.getMetadata().getName().startsWith("report-service-config")).findFirst()
                        .orElseThrow().getData().put("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")),
                mistake("an image of another name", "image docker.io/disclosure/reports:1.0.0 should be", r -> container(r, "report-service")
                        .setImage("docker.io/disclosure/reports:1.0.0")),
                mistake("an image without a tag", "should have a tag", r -> container(r, "aggregation-service")
                        .setImage("docker.io/disclosure/aggregation-service")),
                mistake("an HPA for another Deployment", "targets Deployment report, which is not a Deployment here", r -> r.get(HorizontalPodAutoscaler.class, "report-service")
                        .getSpec().getScaleTargetRef().setName("report")),
                mistake("an HPA that scales up on a new replica's warm-up", "scales up within 0 s",
                        r -> r.get(HorizontalPodAutoscaler.class, "report-service").getSpec().setBehavior(null)),
                mistake("replicas on the autoscaled Deployment", "replicas belong to the HorizontalPodAutoscaler",
                        r -> r.get(Deployment.class, "report-service").getSpec().setReplicas(2)),
                mistake("more consumers than partitions", "4 replicas, more than the 3 partitions",
                        r -> r.get(Deployment.class, "aggregation-service").getSpec().setReplicas(4)),
                mistake("a PDB selecting nothing", "aggregation-service should have one PodDisruptionBudget", r -> r.get(PodDisruptionBudget.class, "aggregation-service")
                        .getSpec().getSelector().getMatchLabels().put("app.kubernetes.io/name", "aggregation")),
                mistake("a PDB that blocks draining", "would block draining", r -> r.get(PodDisruptionBudget.class, "report-service")
                        .getSpec().setMaxUnavailable(new IntOrString(0))),
                mistake("egress anywhere", "[to anywhere on every port] too much", r -> r.get(NetworkPolicy.class, "report-service").getSpec().getEgress()
                        .add(new NetworkPolicyEgressRule())),
                mistake("egress not restricted", "for Ingress and Egress, not [Ingress]", r -> r.get(NetworkPolicy.class, "aggregation-service").getSpec()
                        .setPolicyTypes(List.of("Ingress"))),
                mistake("Prometheus not let in", "app.kubernetes.io/name=prometheus} in namespaces {kubernetes.io/metadata.name=monitoring} on TCP/8081] not", r -> r.get(NetworkPolicy.class, "report-service").getSpec()
                        .getIngress().remove(1)),
                mistake("no time to shut down", "terminationGracePeriodSeconds 30 should exceed",
                        r -> r.get(Deployment.class, "report-service").getSpec().getTemplate().getSpec()
                                .setTerminationGracePeriodSeconds(30L)),
                mistake("a memory limit the JVM outgrows", "is below the heap's maximum (256 MiB", r -> {
                    var resources = container(r, "report-service").getResources();
                    resources.getRequests().put("memory", new Quantity("384Mi"));
                    resources.getLimits().put("memory", new Quantity("384Mi"));
                }),
                mistake("a writable root filesystem", "read-only root filesystem", r -> container(r, "aggregation-service").getSecurityContext()
                        .setReadOnlyRootFilesystem(false)),
                mistake("running as root allowed", "runAsNonRoot should be true", r -> r.get(Deployment.class, "report-service").getSpec()
                        .getTemplate().getSpec().getSecurityContext().setRunAsNonRoot(null)),
                mistake("a field name typo", "unknown field(s) [readinesProbe]", r -> container(r, "report-service").getAdditionalProperties()
                        .put("readinesProbe", Map.of())),
                mistake("maxSurge as a string", "maxSurge \"0\": a string must be a percentage", r -> r.get(Deployment.class, "aggregation-service").getSpec()
                        .getStrategy().getRollingUpdate().setMaxSurge(new IntOrString("0"))),
                mistake("a kind nobody serves", "apps/v1 Deploymnet is no kind", r -> r.objects().add(new GenericKubernetesResource() {
                    {
                        setApiVersion("apps/v1");
                        setKind("Deploymnet");
                        setMetadata(r.get(Deployment.class, "report-service").getMetadata());
                    }
                })),
                mistake("min.insync.replicas above the replicas", "min.insync.replicas 2 with 1 replicas", r -> r.custom(ManifestChecks.STRIMZI, "KafkaTopic")
                        .findFirst().orElseThrow().<Map<String, Object>>get("spec", "config")
                        .put("min.insync.replicas", 2)),
                mistake("the roster topic deleting old entries", "cleanup.policy must be compact", r -> r.custom(
                        ManifestChecks.STRIMZI, "KafkaTopic").filter(t -> t.getMetadata().getName().equals("agency-roster"))
                        .findFirst().orElseThrow().<java.util.Map<String, Object>>get("spec", "config")
                        .put("cleanup.policy", "delete")),
                mistake("the roster's dead-letter topic missing", "no KafkaTopic agency-roster-dlq", r -> r.objects()
                        .removeIf(o -> o instanceof GenericKubernetesResource
                                && o.getMetadata().getName().equals("agency-roster-dlq"))),
                mistake("the dead-letter topic missing", "no KafkaTopic report-published-dlq", r -> r.objects().removeIf(o -> o instanceof GenericKubernetesResource
                        && o.getMetadata().getName().equals("report-published-dlq"))));
    }

    @Test
    void theRenderedOverlayPasses() {
        assertDoesNotThrow(() -> new ManifestChecks(DEV.copy(), SERVICES).all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isCaught(String mistake, String says, Consumer<Rendered> make) {
        Rendered broken = DEV.copy();
        make.accept(broken);
        AssertionError caught = assertThrows(AssertionError.class, () -> new ManifestChecks(broken, SERVICES).all(),
                mistake);
        assertTrue(caught.getMessage().contains(says), () -> mistake + " was caught for another reason: " + caught);
    }

    /** A mistake, what the checks say about it, and how to make it. */
    private static Arguments mistake(String name, String says, Consumer<Rendered> make) {
        return Arguments.of(name, says, make);
    }

    private static Container container(Rendered r, String service) {
        return r.get(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0);
    }
}

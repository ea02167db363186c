package gov.disclosure.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a rendered overlay must satisfy, against the services' own configuration. Each check throws an
 * AssertionError that lists every problem it found.
 */
final class ManifestChecks {

    static final String PRODUCER = "report-service";
    static final String CONSUMER = "aggregation-service";
    static final List<String> SERVICES = List.of(PRODUCER, CONSUMER);
    static final String CHANNEL = "report-published";
    /** Channels whose topic holds the latest state per key (the roster): it must be compacted, never deleted. */
    static final Set<String> COMPACTED_CHANNELS = Set.of("agency-roster");

    /**
     * What a service's JVM holds besides its heap: class metadata of about 17,000 classes, the CDS archive, compiled
     * code, threads and buffers (about 250 MB measured with Native Memory Tracking: deploy/local's JvmOptions).
     */
    static final long BESIDES_THE_HEAP = 256L << 20;
    static final String STRIMZI = "kafka.strimzi.io/v1";
    static final String CNPG = "postgresql.cnpg.io/v1";
    static final String PROMETHEUS_OPERATOR = "monitoring.coreos.com/v1";
    /** The keys of the secret {@code <cluster>-app} CloudNativePG makes for a cluster's application user. */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname", "user",
            "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");

    /**
     * ConfigMaps that ops make before deploying, where an overlay does not (deploy/README.md, "Before you deploy"),
     * with the keys the services read from them.
     */
    static final Map<String, Set<String>> OPS_CONFIG_MAPS = Map.of("identity-provider",
            ServiceConfig.IDENTITY_PROVIDER_VARIABLES);
    /** Secrets that ops make before deploying (deploy/README.md, "Before you deploy"), with their keys. */
    static final Map<String, Set<String>> OPS_SECRETS = Map.of("pages-client", ServiceConfig.PAGES_CLIENT_VARIABLES);

    // Who may talk to the services and to whom they may talk (deploy/README.md, "Network policies")
    static final String INGRESS_CONTROLLER = peer("kubernetes.io/metadata.name=ingress-nginx",
            "app.kubernetes.io/name=ingress-nginx");
    static final String PROMETHEUS = peer("kubernetes.io/metadata.name=monitoring", "app.kubernetes.io/name=prometheus");
    static final String DASHBOARDS = peer(null, "app.kubernetes.io/component=dashboard");
    static final String IDENTITY_PROVIDER = peer("kubernetes.io/metadata.name=keycloak", "app.kubernetes.io/name=keycloak");
    static final List<String> IDENTITY_PROVIDER_PORTS = List.of("TCP/8080", "TCP/8443");
    /** Where traces go: the OpenTelemetry collector (OTLP/gRPC), see deploy/README.md. */
    static final String TRACE_COLLECTOR = peer("kubernetes.io/metadata.name=observability",
            "app.kubernetes.io/name=opentelemetry-collector");
    static final List<String> TRACE_COLLECTOR_PORTS = List.of("TCP/4317");
    static final String DNS = peer("kubernetes.io/metadata.name=kube-system", "k8s-app=kube-dns");
    static final List<String> DNS_PORTS = List.of("UDP/53", "TCP/53");

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    private final Rendered rendered;
    private final Map<String, ServiceConfig> services;

    ManifestChecks(Rendered rendered, Map<String, ServiceConfig> services) {
        this.rendered = rendered;
        this.services = services;
    }

    static Map<String, ServiceConfig> serviceConfigs() {
        Map<String, ServiceConfig> configs = new LinkedHashMap<>();
        SERVICES.forEach(s -> configs.put(s, ServiceConfig.of(s)));
        return configs;
    }

    void all() {
        objectsAreValid();
        deployments();
        services();
        environment();
        images();
        autoscaling();
        disruptionBudgets();
        topics();
        networkPolicies();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Known kinds of known API versions with no unknown field, custom resources only of Strimzi and CloudNativePG. */
    void objectsAreValid() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> namespaces = new TreeSet<>();
        for (HasMetadata object : rendered.objects()) {
            String id = Rendered.id(object);
            if (blank(object.getApiVersion()) || blank(object.getKind()) || object.getMetadata() == null
                    || blank(object.getMetadata().getName())) {
                problems.add("an object without apiVersion, kind or metadata.name: " + object);
                continue;
            }
            if (!seen.add(object.getApiVersion() + " " + id)) {
                problems.add(id + " is there twice");
            }
            namespaces.add(String.valueOf(object.getMetadata().getNamespace()));
            if (object instanceof GenericKubernetesResource) {
                String type = object.getApiVersion() + " " + object.getKind();
                if (!type.equals(STRIMZI + " KafkaTopic") && !type.equals(CNPG + " Cluster")
                        && !type.equals(PROMETHEUS_OPERATOR + " ServiceMonitor")) {
                    problems.add(id + ": " + type + " is no kind the Kubernetes API, Strimzi, CloudNativePG or the "
                            + "Prometheus operator serves");
                }
            } else {
                unknownFields(object, id, problems);
            }
        }
        if (namespaces.size() != 1 || namespaces.contains("null")) {
            problems.add("every object should be in the overlay's one namespace, not in " + namespaces);
        }
        for (Deployment d : rendered.all(Deployment.class).toList()) {
            var strategy = d.getSpec().getStrategy();
            if (strategy != null && strategy.getRollingUpdate() != null) {
                percentOrInt(strategy.getRollingUpdate().getMaxSurge(), Rendered.id(d) + " maxSurge", problems);
                percentOrInt(strategy.getRollingUpdate().getMaxUnavailable(), Rendered.id(d) + " maxUnavailable",
                        problems);
            }
        }
        for (PodDisruptionBudget p : rendered.all(PodDisruptionBudget.class).toList()) {
            percentOrInt(p.getSpec().getMaxUnavailable(), Rendered.id(p) + " maxUnavailable", problems);
            percentOrInt(p.getSpec().getMinAvailable(), Rendered.id(p) + " minAvailable", problems);
        }
        report("objects", problems);
    }

    /** Probes on the paths SmallRye Health serves, on the port Quarkus listens on; non-root, read-only; resources. */
    void deployments() {
        List<String> problems = new ArrayList<>();
        Set<String> workloads = Stream.of(Deployment.class, StatefulSet.class, DaemonSet.class, Job.class, CronJob.class)
                .flatMap(rendered::all).map(Rendered::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = SERVICES.stream().map(s -> "Deployment " + s).collect(Collectors.toSet());
        if (!workloads.equals(expected)) {
            problems.add("the workloads should be " + expected + ", not " + workloads);
        }
        for (ServiceConfig service : services.values()) {
            Optional<Deployment> found = rendered.find(Deployment.class, service.name());
            if (found.isEmpty()) {
                continue;
            }
            Deployment deployment = found.get();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String id = Rendered.id(deployment);
            if (pod.getContainers().size() != 1 || !service.name().equals(pod.getContainers().get(0).getName())) {
                problems.add(id + " should have one container, named " + service.name());
                continue;
            }
            Container container = pod.getContainers().get(0);
            Optional<ContainerPort> http = httpPort(container);
            if (http.isEmpty() || http.get().getContainerPort() != service.httpPort()) {
                problems.add(id + ": container port http should be quarkus.http.port " + service.httpPort()
                        + ", not " + http.map(ContainerPort::getContainerPort).orElse(null));
            }
            probe(problems, id, "liveness", container.getLivenessProbe(), service.healthPath("live"), container,
                    service);
            probe(problems, id, "readiness", container.getReadinessProbe(), service.healthPath("ready"), container,
                    service);
            probe(problems, id, "startup", container.getStartupProbe(), service.healthPath("started"), container,
                    service);

            var podSecurity = pod.getSecurityContext();
            var security = container.getSecurityContext();
            boolean nonRoot = (security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()))
                    || (podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()));
            if (!nonRoot) {
                problems.add(id + ": runAsNonRoot should be true");
            }
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())
                    || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                    || Boolean.TRUE.equals(security.getPrivileged())
                    || security.getCapabilities() == null || security.getCapabilities().getDrop() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(id + ": the container should have a read-only root filesystem, no privilege escalation"
                        + " and drop ALL capabilities");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(id + ": the services do not call the Kubernetes API: automountServiceAccountToken false");
            }
            long shutdown = service.shutdownTimeoutSeconds();
            long grace = Optional.ofNullable(pod.getTerminationGracePeriodSeconds()).orElse(30L);
            if (grace <= shutdown) {
                problems.add(id + ": terminationGracePeriodSeconds " + grace + " should exceed quarkus.shutdown.timeout ("
                        + shutdown + "s), or work in flight is killed");
            }
            Optional<VolumeMount> tmp = Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                    .filter(m -> "/tmp".equals(m.getMountPath()) && !Boolean.TRUE.equals(m.getReadOnly())).findFirst();
            boolean tmpIsEmptyDir = tmp.isPresent() && Optional.ofNullable(pod.getVolumes()).orElse(List.of())
                    .stream().anyMatch(v -> v.getName().equals(tmp.get().getName()) && v.getEmptyDir() != null);
            if (!tmpIsEmptyDir) {
                problems.add(id + ": /tmp should be a writable emptyDir (temporary files, with a read-only root)");
            }

            var resources = container.getResources();
            Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of()
                    : resources.getRequests();
            Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of()
                    : resources.getLimits();
            if (!requests.containsKey("cpu") || !requests.containsKey("memory") || !limits.containsKey("memory")) {
                problems.add(id + ": the container should request cpu and memory and limit memory");
            } else if (amount(limits.get("memory")).compareTo(amount(requests.get("memory"))) < 0) {
                problems.add(id + ": the memory limit is below the request");
            } else if (amount(limits.get("memory")).longValue() < service.heapMaxBytes() + BESIDES_THE_HEAP) {
                problems.add(id + ": the memory limit " + limits.get("memory") + " is below the heap's maximum ("
                        + (service.heapMaxBytes() >> 20) + " MiB, -Xmx of its image) and the "
                        + (BESIDES_THE_HEAP >> 20) + " MiB the JVM holds besides: the pod would be killed under load");
            }
        }
        report("deployments", problems);
    }

    /** A Service per service, selecting its pods and sending to the port Quarkus listens on. */
    void services() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            Optional<Service> found = rendered.find(Service.class, service.name());
            Optional<Deployment> deployment = rendered.find(Deployment.class, service.name());
            if (found.isEmpty() || deployment.isEmpty()) {
                problems.add("no Service and Deployment " + service.name());
                continue;
            }
            Service s = found.get();
            Map<String, String> selector = s.getSpec().getSelector();
            if (selector == null || selector.isEmpty() || !labelsOf(deployment.get()).entrySet()
                    .containsAll(selector.entrySet())) {
                problems.add(Rendered.id(s) + " does not select the pods of " + service.name());
            }
            for (String other : SERVICES) {
                if (!other.equals(service.name()) && selector != null && rendered.find(Deployment.class, other)
                        .map(d -> labelsOf(d).entrySet().containsAll(selector.entrySet())).orElse(false)) {
                    problems.add(Rendered.id(s) + " also selects the pods of " + other);
                }
            }
            Container container = deployment.get().getSpec().getTemplate().getSpec().getContainers().get(0);
            for (ServicePort port : s.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort()
                        : new IntOrString(port.getPort());
                if (!isPort(target, container, service.httpPort())) {
                    problems.add(Rendered.id(s) + ": port " + port.getName() + " sends to " + target.getValue()
                            + ", not to quarkus.http.port " + service.httpPort());
                }
            }
        }
        report("services", problems);
    }

    /**
     * The environment: only variables the application reads, every one it needs, every ConfigMap and Secret
     * defined (or documented as made by ops), and the database and Kafka settings wired to the objects here.
     */
    void environment() {
        List<String> problems = new ArrayList<>();
        Set<String> databaseClusters = new HashSet<>();
        for (ServiceConfig service : services.values()) {
            Optional<Deployment> deployment = deploymentOf(service, problems);
            if (deployment.isEmpty()) {
                continue;
            }
            String id = Rendered.id(deployment.get());
            PodSpec pod = deployment.get().getSpec().getTemplate().getSpec();
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, EnvVar> variables = new LinkedHashMap<>();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                    String prefix = Objects.toString(from.getPrefix(), "");
                    if (from.getConfigMapRef() != null) {
                        String name = from.getConfigMapRef().getName();
                        Optional<ConfigMap> map = rendered.find(ConfigMap.class, name);
                        if (map.isPresent()) {
                            Optional.ofNullable(map.get().getData()).orElse(Map.of())
                                    .forEach((k, v) -> values.put(prefix + k, v));
                        } else if (OPS_CONFIG_MAPS.containsKey(name)) {
                            OPS_CONFIG_MAPS.get(name).forEach(k -> values.put(prefix + k, null));
                        } else {
                            problems.add(id + ": ConfigMap " + name + " is neither in the overlay nor made by ops");
                        }
                    }
                    if (from.getSecretRef() != null) {
                        String name = from.getSecretRef().getName();
                        Optional<Set<String>> keys = secretKeys(name);
                        if (keys.isEmpty()) {
                            problems.add(id + ": Secret " + name + " is neither in the overlay nor made by CloudNativePG"
                                    + " for a cluster here nor by ops");
                        } else {
                            keys.get().forEach(k -> values.put(prefix + k, null));
                        }
                    }
                }
                for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    variables.put(variable.getName(), variable);
                    values.put(variable.getName(), variable.getValue());
                    var from = variable.getValueFrom();
                    if (from != null && from.getConfigMapKeyRef() != null) {
                        String name = from.getConfigMapKeyRef().getName();
                        String key = from.getConfigMapKeyRef().getKey();
                        Optional<ConfigMap> map = rendered.find(ConfigMap.class, name);
                        if (map.isPresent() && map.get().getData() != null && map.get().getData().containsKey(key)) {
                            values.put(variable.getName(), map.get().getData().get(key));
                        } else if (!OPS_CONFIG_MAPS.getOrDefault(name, Set.of()).contains(key)) {
                            problems.add(id + ": " + variable.getName() + " comes from key " + key + " of ConfigMap "
                                    + name + ", which is neither in the overlay nor made by ops");
                        }
                    }
                    if (from != null && from.getSecretKeyRef() != null) {
                        String name = from.getSecretKeyRef().getName();
                        if (!secretKeys(name).orElse(Set.of()).contains(from.getSecretKeyRef().getKey())) {
                            problems.add(id + ": " + variable.getName() + " comes from key "
                                    + from.getSecretKeyRef().getKey() + " of Secret " + name
                                    + ", which is neither in the overlay nor made by CloudNativePG for a cluster here");
                        }
                    }
                }
            }
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                if (volume.getConfigMap() != null && rendered.find(ConfigMap.class, volume.getConfigMap().getName())
                        .isEmpty() && !OPS_CONFIG_MAPS.containsKey(volume.getConfigMap().getName())) {
                    problems.add(id + ": ConfigMap " + volume.getConfigMap().getName() + " is not defined");
                }
                if (volume.getSecret() != null && secretKeys(volume.getSecret().getSecretName()).isEmpty()) {
                    problems.add(id + ": Secret " + volume.getSecret().getSecretName() + " is not defined");
                }
            }

            Set<String> read = service.variablesRead();
            for (String name : values.keySet()) {
                if (!read.contains(name)) {
                    problems.add(id + ": sets " + name + ", which " + service.name() + " does not read (it reads "
                            + read + ")");
                }
            }
            for (String name : service.variablesRequired()) {
                if (!values.containsKey(name)) {
                    problems.add(id + ": does not set " + name);
                }
            }

            // the datasource: DB_URL names the -rw service of a CloudNativePG cluster here, the user its -app secret
            String url = values.get("DB_URL");
            Matcher m = url == null ? null : JDBC_URL.matcher(url);
            if (m == null || !m.matches()) {
                problems.add(id + ": DB_URL should be a PostgreSQL JDBC URL set in the overlay, not " + url);
            } else {
                String cluster = host(m.group(1), "-rw");
                Optional<GenericKubernetesResource> found = rendered.custom(CNPG, "Cluster")
                        .filter(c -> c.getMetadata().getName().equals(cluster)).findFirst();
                if (found.isEmpty()) {
                    problems.add(id + ": DB_URL " + url + " is not the -rw service of a CloudNativePG Cluster here");
                } else {
                    if (!databaseClusters.add(cluster)) {
                        problems.add(id + ": shares the database cluster " + cluster + " with another service");
                    }
                    String database = Objects.toString(found.get().get("spec", "bootstrap", "initdb", "database"), "app");
                    if (!database.equals(m.group(3)) || !Objects.toString(m.group(2), "5432").equals("5432")) {
                        problems.add(id + ": DB_URL " + url + " should name database " + database + " on port 5432");
                    }
                    for (var user : Map.of("DB_USER", "username", "DB_PASSWORD", "password").entrySet()) {
                        EnvVar variable = variables.get(user.getKey());
                        var ref = variable == null || variable.getValueFrom() == null ? null
                                : variable.getValueFrom().getSecretKeyRef();
                        if (ref == null || !ref.getName().equals(cluster + "-app")
                                || !ref.getKey().equals(user.getValue())) {
                            problems.add(id + ": " + user.getKey() + " should come from key " + user.getValue()
                                    + " of Secret " + cluster + "-app");
                        }
                    }
                }
            }
            // Kafka: the bootstrap service of the Strimzi cluster the topics belong to
            String bootstrap = values.get("KAFKA_BOOTSTRAP_SERVERS");
            Set<String> topicClusters = topicClusters();
            if (bootstrap == null) {
                problems.add(id + ": KAFKA_BOOTSTRAP_SERVERS should be set in the overlay");
            } else {
                for (String server : bootstrap.split(",")) {
                    String[] hostPort = server.trim().split(":");
                    String cluster = host(hostPort[0], "-kafka-bootstrap");
                    if (hostPort.length != 2 || !topicClusters.equals(Set.of(cluster))) {
                        problems.add(id + ": KAFKA_BOOTSTRAP_SERVERS " + server + " should be <cluster>-kafka-bootstrap:port"
                                + " of the cluster the topics are in, " + topicClusters);
                    }
                }
            }
        }
        report("environment", problems);
    }

    /** The service's Deployment; its absence is a problem. */
    private Optional<Deployment> deploymentOf(ServiceConfig service, List<String> problems) {
        Optional<Deployment> deployment = rendered.find(Deployment.class, service.name());
        if (deployment.isEmpty()) {
            problems.add("no Deployment " + service.name());
        }
        return deployment;
    }

    /** Images named after the services, in the group the build names, with a tag. */
    void images() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            Optional<Deployment> deployment = deploymentOf(service, problems);
            if (deployment.isEmpty()) {
                continue;
            }
            for (Container container : deployment.get().getSpec().getTemplate().getSpec().getContainers()) {
                String image = container.getImage();
                String name = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
                int colon = name.lastIndexOf(':');
                String tag = colon > name.lastIndexOf('/') ? name.substring(colon + 1) : "";
                String repository = colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
                List<String> path = List.of(repository.split("/"));
                if (path.size() < 2 || !path.get(path.size() - 1).equals(service.name())
                        || !path.get(path.size() - 2).equals(service.imageGroup())) {
                    problems.add(Rendered.id(deployment.get()) + ": image " + image + " should be [registry/]"
                            + service.imageGroup() + "/" + service.name() + ":tag");
                }
                if (tag.isEmpty() && !image.contains("@") || tag.equals("latest")) {
                    problems.add(Rendered.id(deployment.get()) + ": image " + image + " should have a tag, not latest");
                }
                if (rendered.overlay().equals("production") && tag.endsWith("-SNAPSHOT")) {
                    problems.add(Rendered.id(deployment.get()) + ": production runs a release, not " + image);
                }
            }
        }
        report("images", problems);
    }

    /**
     * How long a new replica's JIT compilers raise its CPU under load: about 2.5 minutes of the benchmark's warm-up
     * rounds on two cores (deploy/local/MEASUREMENTS.md).
     */
    static final int WARM_UP_SECONDS = 150;

    /**
     * An HPA for report-service's Deployment, which scales up only on load that outlasts a new replica's warm-up;
     * aggregation-service has replicas, at most the topic's partitions.
     */
    void autoscaling() {
        List<String> problems = new ArrayList<>();
        List<HorizontalPodAutoscaler> autoscalers = rendered.all(HorizontalPodAutoscaler.class).toList();
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (!"apps/v1".equals(target.getApiVersion()) || !"Deployment".equals(target.getKind())
                    || rendered.find(Deployment.class, target.getName()).isEmpty()) {
                problems.add(Rendered.id(hpa) + " targets " + target.getKind() + " " + target.getName()
                        + ", which is not a Deployment here");
            }
            Integer min = hpa.getSpec().getMinReplicas();
            if (min == null || min < 1 || hpa.getSpec().getMaxReplicas() < min) {
                problems.add(Rendered.id(hpa) + ": needs 1 <= minReplicas <= maxReplicas");
            }
            int window = Optional.ofNullable(hpa.getSpec().getBehavior()).map(b -> b.getScaleUp())
                    .map(up -> up.getStabilizationWindowSeconds()).orElse(0);
            if (window < WARM_UP_SECONDS) {
                problems.add(Rendered.id(hpa) + ": scales up within " + window
                        + " s, on the CPU of new replicas still compiling (they need about " + WARM_UP_SECONDS + " s)");
            }
        }
        List<String> targets = autoscalers.stream().map(h -> h.getSpec().getScaleTargetRef().getName()).toList();
        if (!targets.equals(List.of(PRODUCER))) {
            problems.add("one HorizontalPodAutoscaler, for " + PRODUCER + ", is expected; they target " + targets);
        }
        rendered.find(Deployment.class, PRODUCER).ifPresent(d -> {
            if (d.getSpec().getReplicas() != null) {
                problems.add(Rendered.id(d) + ": replicas belong to the HorizontalPodAutoscaler; apply would reset them");
            }
            var requests = d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests();
            if (requests == null || !requests.containsKey("cpu")) {
                problems.add(Rendered.id(d) + ": CPU utilization needs a CPU request");
            }
        });
        Optional<Deployment> consumer = rendered.find(Deployment.class, CONSUMER);
        ServiceConfig consumerConfig = services.get(CONSUMER);
        for (String channel : consumerConfig.channels("incoming")) {
            String name = consumerConfig.get("mp.messaging.incoming." + channel + ".topic", channel);
            Optional<Integer> partitions = topic(name).map(t -> t.<Integer>get("spec", "partitions"));
            if (consumer.isPresent()) {
                int replicas = Optional.ofNullable(consumer.get().getSpec().getReplicas()).orElse(1);
                if (partitions.isEmpty() || partitions.get() == null || replicas > partitions.get()) {
                    problems.add(Rendered.id(consumer.get()) + ": " + replicas + " replicas, more than the "
                            + partitions.orElse(null) + " partitions of its topic " + name
                            + ": the rest would apply no events");
                }
            }
        }
        report("autoscaling", problems);
    }

    /** A PodDisruptionBudget for each service that still lets a node drain. */
    void disruptionBudgets() {
        List<String> problems = new ArrayList<>();
        for (String service : SERVICES) {
            Optional<Deployment> deployment = rendered.find(Deployment.class, service);
            if (deployment.isEmpty()) {
                problems.add("no Deployment " + service);
                continue;
            }
            Map<String, String> labels = labelsOf(deployment.get());
            List<PodDisruptionBudget> budgets = rendered.all(PodDisruptionBudget.class)
                    .filter(p -> p.getSpec().getSelector() != null && selects(p.getSpec().getSelector(), labels))
                    .toList();
            if (budgets.size() != 1) {
                problems.add(service + " should have one PodDisruptionBudget, not "
                        + budgets.stream().map(Rendered::id).toList());
                continue;
            }
            var spec = budgets.get(0).getSpec();
            boolean drains = spec.getMaxUnavailable() != null
                    ? !Objects.equals(spec.getMaxUnavailable().getIntVal(), 0) && !"0%".equals(spec.getMaxUnavailable().getStrVal())
                    : spec.getMinAvailable() != null && Objects.equals(spec.getMinAvailable().getIntVal(), 0);
            if (!drains) {
                problems.add(Rendered.id(budgets.get(0)) + " would block draining a node: use maxUnavailable >= 1");
            }
        }
        report("disruption budgets", problems);
    }

    /** The topics the services use exist (with their dead-letter topics), with replication that survives a broker. */
    void topics() {
        List<String> problems = new ArrayList<>();
        ServiceConfig producer = services.get(PRODUCER);
        ServiceConfig consumer = services.get(CONSUMER);
        String published = producer.require("mp.messaging.outgoing." + CHANNEL + ".topic");
        String consumed = consumer.require("mp.messaging.incoming." + CHANNEL + ".topic");
        if (!published.equals(consumed)) {
            problems.add(PRODUCER + " publishes to " + published + " but " + CONSUMER + " reads " + consumed);
        }
        Set<String> needed = new TreeSet<>();
        for (ServiceConfig service : services.values()) {
            for (String channel : service.channels("outgoing")) {
                needed.add(service.get("mp.messaging.outgoing." + channel + ".topic", channel));
            }
            for (String channel : service.channels("incoming")) {
                String topic = service.get("mp.messaging.incoming." + channel + ".topic", channel);
                needed.add(topic);
                if ("dead-letter-queue".equals(service.get("mp.messaging.incoming." + channel + ".failure-strategy", ""))) {
                    needed.add(service.get("mp.messaging.incoming." + channel + ".dead-letter-queue.topic",
                            "dead-letter-topic-" + topic));
                }
            }
        }
        for (String name : needed) {
            if (topic(name).isEmpty()) {
                problems.add("no KafkaTopic " + name);
            }
        }
        for (String channel : COMPACTED_CHANNELS) {
            String name = producer.get("mp.messaging.outgoing." + channel + ".topic", channel);
            topic(name).ifPresent(t -> {
                if (!"compact".equals(String.valueOf(t.<Object>get("spec", "config", "cleanup.policy")))) {
                    problems.add(Rendered.id(t) + ": holds the latest entry per key, so cleanup.policy must be compact");
                }
            });
        }
        for (GenericKubernetesResource topic : rendered.custom(STRIMZI, "KafkaTopic").toList()) {
            Integer partitions = topic.get("spec", "partitions");
            Integer replicas = topic.get("spec", "replicas");
            Object minInSync = topic.get("spec", "config", "min.insync.replicas");
            int min = minInSync == null ? 1 : Integer.parseInt(minInSync.toString());
            if (partitions == null || partitions < 1 || replicas == null || replicas < 1) {
                problems.add(Rendered.id(topic) + ": partitions and replicas should be set");
            } else if (min > replicas || replicas >= 3 && min < 2) {
                problems.add(Rendered.id(topic) + ": min.insync.replicas " + min + " with " + replicas
                        + " replicas (at most the replicas; 2 or more when there are 3)");
            } else if (rendered.overlay().equals("production") && (replicas < 3 || min != 2)) {
                problems.add(Rendered.id(topic) + ": production replicates 3 times, min.insync.replicas 2");
            }
            if (topic.getMetadata().getLabels() == null || blank(topic.getMetadata().getLabels().get("strimzi.io/cluster"))) {
                problems.add(Rendered.id(topic) + ": no strimzi.io/cluster label");
            }
        }
        report("topics", problems);
    }

    /** Each service's pods talk with exactly what they must, and nothing else. */
    void networkPolicies() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services.values()) {
            Optional<Deployment> deployment = deploymentOf(service, problems);
            if (deployment.isEmpty()) {
                continue;
            }
            Map<String, String> labels = labelsOf(deployment.get());
            List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class)
                    .filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
            Set<String> types = policies.stream().flatMap(p -> Optional.ofNullable(p.getSpec().getPolicyTypes())
                    .orElse(List.of("Ingress")).stream()).collect(Collectors.toSet());
            if (!types.containsAll(List.of("Ingress", "Egress"))) {
                problems.add(service.name() + ": its pods should be under NetworkPolicies for Ingress and Egress, not "
                        + types + " (" + policies.stream().map(Rendered::id).toList() + ")");
                continue;
            }
            Set<String> allowed = new TreeSet<>();
            for (NetworkPolicy policy : policies) {
                for (NetworkPolicyIngressRule rule : Optional.ofNullable(policy.getSpec().getIngress()).orElse(List.of())) {
                    allowed.addAll(rules("from", rule.getFrom(), rule.getPorts()));
                }
                for (NetworkPolicyEgressRule rule : Optional.ofNullable(policy.getSpec().getEgress()).orElse(List.of())) {
                    allowed.addAll(rules("to", rule.getTo(), rule.getPorts()));
                }
            }
            Set<String> expected = expectedTraffic(service, problems);
            if (!allowed.equals(expected)) {
                Set<String> extra = new TreeSet<>(allowed);
                extra.removeAll(expected);
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(allowed);
                problems.add(service.name() + ": NetworkPolicies allow " + extra + " too much and " + missing
                        + " not");
            }
        }
        report("network policies", problems);
    }

    private Set<String> expectedTraffic(ServiceConfig service, List<String> problems) {
        String port = "TCP/" + service.httpPort();
        Set<String> expected = new TreeSet<>();
        expected.add("from " + INGRESS_CONTROLLER + " on " + port);
        expected.add("from " + PROMETHEUS + " on " + port);
        if (service.name().equals(CONSUMER)) {
            expected.add("from " + DASHBOARDS + " on " + port);
        }
        rendered.find(Deployment.class, service.name()).ifPresent(d -> {
            Map<String, String> env = literalEnvironment(d);
            Matcher url = JDBC_URL.matcher(Objects.toString(env.get("DB_URL"), ""));
            if (url.matches()) {
                expected.add("to " + peer(null, "cnpg.io/cluster=" + host(url.group(1), "-rw")) + " on TCP/"
                        + Objects.toString(url.group(2), "5432"));
            }
            for (String server : Objects.toString(env.get("KAFKA_BOOTSTRAP_SERVERS"), "").split(",")) {
                String[] hostPort = server.trim().split(":");
                if (hostPort.length == 2) {
                    expected.add("to " + peer(null, "strimzi.io/cluster=" + host(hostPort[0], "-kafka-bootstrap")
                            + ",strimzi.io/kind=Kafka") + " on TCP/" + hostPort[1]);
                }
            }
        });
        IDENTITY_PROVIDER_PORTS.forEach(p -> expected.add("to " + IDENTITY_PROVIDER + " on " + p));
        TRACE_COLLECTOR_PORTS.forEach(p -> expected.add("to " + TRACE_COLLECTOR + " on " + p));
        DNS_PORTS.forEach(p -> expected.add("to " + DNS + " on " + p));
        return expected;
    }

    // ---------------------------------------------------------------------------------------------------------

    private void probe(List<String> problems, String id, String kind, Probe probe, String path, Container container,
                       ServiceConfig service) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            problems.add(id + ": no HTTP " + kind + " probe");
            return;
        }
        if (!path.equals(get.getPath())) {
            problems.add(id + ": the " + kind + " probe asks " + get.getPath() + ", the application serves " + path);
        }
        if (!isPort(get.getPort(), container, service.httpPort())) {
            problems.add(id + ": the " + kind + " probe asks port " + (get.getPort() == null ? null : get.getPort().getValue())
                    + ", not the container port of quarkus.http.port " + service.httpPort());
        }
        if (get.getScheme() != null && !get.getScheme().equals("HTTP")) {
            problems.add(id + ": the " + kind + " probe should use HTTP");
        }
    }

    private static Optional<ContainerPort> httpPort(Container container) {
        return Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                .filter(p -> "http".equals(p.getName())).findFirst();
    }

    /** Whether a port (a number or a container port's name) is the given port of the container. */
    private static boolean isPort(IntOrString port, Container container, int expected) {
        if (port == null) {
            return false;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal() == expected && Optional.ofNullable(container.getPorts()).orElse(List.of())
                    .stream().anyMatch(p -> p.getContainerPort() == expected);
        }
        return Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                .anyMatch(p -> port.getStrVal().equals(p.getName()) && p.getContainerPort() == expected);
    }

    private Optional<Set<String>> secretKeys(String name) {
        Optional<Secret> secret = rendered.find(Secret.class, name);
        if (secret.isPresent()) {
            Set<String> keys = new TreeSet<>();
            Optional.ofNullable(secret.get().getData()).ifPresent(d -> keys.addAll(d.keySet()));
            Optional.ofNullable(secret.get().getStringData()).ifPresent(d -> keys.addAll(d.keySet()));
            return Optional.of(keys);
        }
        boolean cnpg = name.endsWith("-app") && rendered.custom(CNPG, "Cluster")
                .anyMatch(c -> (c.getMetadata().getName() + "-app").equals(name));
        return cnpg ? Optional.of(CNPG_APP_SECRET_KEYS) : Optional.ofNullable(OPS_SECRETS.get(name));
    }

    /** The variables of a Deployment whose values the overlay gives: literals and keys of its own ConfigMaps. */
    private Map<String, String> literalEnvironment(Deployment deployment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
            for (EnvFromSource from : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                if (from.getConfigMapRef() != null) {
                    rendered.find(ConfigMap.class, from.getConfigMapRef().getName())
                            .map(ConfigMap::getData).ifPresent(d -> d.forEach((k, v) ->
                                    values.put(Objects.toString(from.getPrefix(), "") + k, v)));
                }
            }
            for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                if (variable.getValue() != null) {
                    values.put(variable.getName(), variable.getValue());
                }
            }
        }
        return values;
    }

    private Optional<GenericKubernetesResource> topic(String name) {
        return rendered.custom(STRIMZI, "KafkaTopic").filter(t -> name.equals(
                Objects.toString(t.get("spec", "topicName"), t.getMetadata().getName()))).findFirst();
    }

    private Set<String> topicClusters() {
        return rendered.custom(STRIMZI, "KafkaTopic").map(t -> t.getMetadata().getLabels() == null ? null
                : t.getMetadata().getLabels().get("strimzi.io/cluster")).map(String::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A service's host name without a namespace and cluster domain, and without the given suffix. */
    private String host(String host, String suffix) {
        String name = host.split("\\.")[0];
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : "(not " + suffix + ") " + host;
    }

    private static Map<String, String> labelsOf(Deployment deployment) {
        return Optional.ofNullable(deployment.getSpec().getTemplate().getMetadata().getLabels()).orElse(Map.of());
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement r : Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of())) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Each allowed connection of a rule, as "from|to <peer> on <protocol>/<port>". */
    private static List<String> rules(String direction, List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
        List<String> who = peers == null || peers.isEmpty() ? List.of("anywhere")
                : peers.stream().map(ManifestChecks::peer).toList();
        List<String> where = ports == null || ports.isEmpty() ? List.of("every port") : ports.stream()
                .map(p -> Objects.toString(p.getProtocol(), "TCP") + "/" + (p.getPort() == null ? "any"
                        : p.getPort().getValue()) + (p.getEndPort() == null ? "" : "-" + p.getEndPort()))
                .toList();
        List<String> rules = new ArrayList<>();
        for (String peer : who) {
            for (String port : where) {
                rules.add(direction + " " + peer + " on " + port);
            }
        }
        return rules;
    }

    private static String peer(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "addresses " + peer.getIpBlock().getCidr() + " except " + peer.getIpBlock().getExcept();
        }
        String pods = peer.getPodSelector() == null ? "all pods" : "pods " + selector(peer.getPodSelector());
        String namespaces = peer.getNamespaceSelector() == null ? "this namespace"
                : "namespaces " + selector(peer.getNamespaceSelector());
        return pods + " in " + namespaces;
    }

    /** A peer described as {@link #peer(NetworkPolicyPeer)} does: labels as "k=v,k=v", null for "this namespace". */
    static String peer(String namespaceLabels, String podLabels) {
        return "pods {" + podLabels + "} in " + (namespaceLabels == null ? "this namespace"
                : "namespaces {" + namespaceLabels + "}");
    }

    private static String selector(LabelSelector selector) {
        List<String> terms = new ArrayList<>();
        new TreeSet<>(Optional.ofNullable(selector.getMatchLabels()).orElse(Map.of()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()).forEach(terms::add);
        Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of())
                .forEach(e -> terms.add(e.getKey() + " " + e.getOperator() + " " + e.getValues()));
        return terms.isEmpty() ? "{any}" : "{" + String.join(",", terms) + "}";
    }

    private static void percentOrInt(IntOrString value, String what, List<String> problems) {
        if (value != null && value.getStrVal() != null && !value.getStrVal().matches("\\d+%")) {
            problems.add(what + " \"" + value.getStrVal() + "\": a string must be a percentage (or write a number)");
        }
    }

    private static BigDecimal amount(Quantity quantity) {
        return Quantity.getAmountInBytes(quantity);
    }

    /** Fields fabric8 did not know (a typo, or a field of another API version) land in additionalProperties. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (value == null || !value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            Class<?> type = method.getReturnType();
            if (method.getParameterCount() != 0 || !method.getName().startsWith("get") || type.isPrimitive()
                    || type == String.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                    || type == Class.class) {
                continue;
            }
            Object field;
            try {
                field = method.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (method.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + unknown.keySet());
                }
            } else {
                String name = method.getName().substring(3);
                unknownFields(field, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), problems);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void report(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(rendered.overlay() + ": " + what + ":\n  " + String.join("\n  ", problems));
        }
    }
}

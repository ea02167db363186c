package gov.disclosure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import java.util.Map;

/**
 * A real Apache Kafka broker (one combined KRaft broker and controller) in the test JVM, started once per test run
 * and shared by every test class that names it. No Docker, no in-memory stand-in.
 */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public synchronized Map<String, String> start() {
        if (cluster == null) {
            cluster = startCluster();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::close, "kafka-test-broker-stop"));
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        // kept running for the next test class; closed when the JVM exits
    }

    /** The broker's address, for tests that talk to it directly. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            throw new IllegalStateException("the test broker has not been started");
        }
        return cluster.bootstrapServers();
    }

    private static KafkaClusterTestKit startCluster() {
        // a broker failure must fail the tests, not end the JVM
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("test Kafka broker tried to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("test Kafka broker tried to halt(" + status + "): " + message);
        });
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test Kafka broker", e);
        }
    }

    private static synchronized void close() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            // the JVM is exiting anyway
        }
    }
}

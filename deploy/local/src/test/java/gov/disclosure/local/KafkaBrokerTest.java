package gov.disclosure.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The local broker takes what a Kafka distribution takes: record batches compressed by any codec a producer may
 * choose (a broker checks each batch it appends, so it needs the codec's library on its classpath).
 */
class KafkaBrokerTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void start() {
        Path home = ProjectLayout.find().root().resolve("deploy/local/target/e2e/KafkaBrokerTest");
        Folders.deleteRecursively(home);
        int[] ports = Ports.free(2);
        broker = new KafkaBroker(home.resolve("kafka"), ports[0], ports[1], home.resolve("kafka.log"));
        broker.start();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lz4", "zstd", "snappy", "gzip"})
    void aBatchCompressedByAnyCodecIsStoredAndReadBack(String codec) throws Exception {
        String topic = "compressed-" + codec;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, codec,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "410482-szfb", "{\"year\": 2024}")).get();
        }

        assertEquals(List.of("{\"year\": 2024}"), read(topic));
    }

    private static List<String> read(String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}

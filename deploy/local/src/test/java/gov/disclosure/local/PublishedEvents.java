package gov.disclosure.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads every event on the report-published topic, from the beginning, without joining a consumer group. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /** "agencyId/year/revision" of each event on the topic now. */
    static List<String> revisions(String bootstrapServers) {
        List<String> revisions = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor("report-published", Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> event : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode payload = ReportJson.parse(event.value());
                    revisions.add(payload.path("agencyId").asText() + "/" + payload.path("year").asInt() + "/"
                            + payload.path("revision").asInt());
                }
            }
        }
        return revisions;
    }
}

package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;

@Tag("e2e")
class ReportEventsReachKafkaTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    @Test
    void eventsOfReportsSubmittedWhileKafkaIsDownGoOutWhenItIsBack() {
        ReportApi reports = system.reports();
        List<String> stored = new ArrayList<>();
        for (ObjectNode fixture : Fixtures.all().values()) {
            int revision = reports.submit(fixture);
            stored.add(fixture.get("agency").get("id").asText() + "/" + fixture.get("year").asInt() + "/" + revision);
        }
        awaitOnTopic(stored);

        system.stop(system.kafka());
        ObjectNode ruzhou = Fixtures.named("ruzhou-szfb-2024");
        for (int i = 1; i <= 3; i++) {
            reports.submit(ReportJson.asAgency(ruzhou, "down-" + i, "down " + i));
            stored.add("down-" + i + "/2024/1");
        }
        system.start(system.kafka());
        awaitOnTopic(stored);

        system.kill(system.kafka());
        reports.submit(ReportJson.asAgency(ruzhou, "killed-1", "killed 1"));
        stored.add("killed-1/2024/1");
        system.start(system.kafka());
        awaitOnTopic(stored);
    }

    private static void awaitOnTopic(List<String> revisions) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> assertThat(PublishedEvents.revisions(system.kafka().bootstrapServers()),
                        hasItems(revisions.toArray(String[]::new))));
    }
}

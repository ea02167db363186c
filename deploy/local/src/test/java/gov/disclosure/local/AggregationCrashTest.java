package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * aggregation-service is killed (SIGKILL) while reports stream in and it is counting them; restarted, it ends with
 * every report counted exactly once, at its latest revision.
 */
@Tag("e2e")
class AggregationCrashTest {

    private static final int REPORTS = 200;

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    @Test
    void nothingIsCountedTwiceOrLostWhenTheConsumerIsKilledMidStream() {
        List<ObjectNode> reports = generatedReports();
        ReportApi api = system.reports();
        AtomicInteger submitted = new AtomicInteger();
        CompletableFuture<Void> submitting = CompletableFuture.runAsync(() -> reports.forEach(report -> {
            api.submit(report);
            submitted.incrementAndGet();
        }));

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> counted() >= 20 || submitting.isDone());
        int countedAtKill = counted();
        int submittedAtKill = submitted.get();
        system.kill(system.aggregationService());
        System.out.printf("[e2e] aggregation-service killed with %d of %d reports counted, %d submitted%n",
                countedAtKill, REPORTS, submittedAtKill);

        submitting.join();
        // revisions while it is down: after the restart it must count these, not the first revisions
        for (ObjectNode report : reports.subList(0, 20)) {
            api.revise(ReportJson.scaled(report, 2), 1);
        }
        system.start(system.aggregationService());
        RollupAssertions.awaitRollups(system);
    }

    /** Copies of the four distinct fixture reports under distinct agencies: 50 each of 2021, 2023 and 2024 regions. */
    private static List<ObjectNode> generatedReports() {
        List<ObjectNode> fixtures = List.of(Fixtures.named("ruzhou-szfb-2024"), Fixtures.named("xinan-example-2023-pdf"),
                Fixtures.named("zhengzhou-zwfwb-2021"), Fixtures.named("zhoukou-xzfwzx-2021"));
        List<ObjectNode> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            ObjectNode fixture = fixtures.get(i % fixtures.size());
            reports.add(ReportJson.asAgency(fixture, "crash-" + fixture.get("regionCode").asText() + "-" + i, "压测机关 " + i));
        }
        return reports;
    }

    /** How many reports of every year the country's rollups count now. */
    private static int counted() {
        RollupApi rollups = system.rollups();
        return RollupAssertions.YEARS.stream()
                .mapToInt(year -> rollups.rollup("000000", year, Scope.ALL).get("reportCount").asInt())
                .sum();
    }
}

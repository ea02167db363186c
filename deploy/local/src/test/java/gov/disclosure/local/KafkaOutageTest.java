package gov.disclosure.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kafka goes away while agencies submit: report-service still stores every report (201), and once the broker is
 * back every event reaches aggregation-service, in order.
 */
@Tag("e2e")
class KafkaOutageTest {

    @RegisterExtension
    static final TestSystem system = new TestSystem();

    @BeforeAll
    static void submitFixtures() {
        system.reports().submitAll(Fixtures.all().values());
        RollupAssertions.awaitRollups(system);
    }

    @Test
    void reportsSubmittedWhileKafkaIsStoppedAreCountedWhenItIsBack() {
        system.stop(system.kafka());
        submitDuringOutage("stopped");
        system.start(system.kafka());
        RollupAssertions.awaitRollups(system);
    }

    @Test
    void reportsSubmittedWhileKafkaIsKilledAreCountedWhenItIsBack() {
        system.kill(system.kafka());
        submitDuringOutage("killed");
        system.start(system.kafka());
        RollupAssertions.awaitRollups(system);
    }

    /** New reports (201 each, as if Kafka were up), one revised and one withdrawn: their events must keep that order. */
    private static void submitDuringOutage(String outage) {
        ReportApi reports = system.reports();
        List<ObjectNode> fixtures = List.copyOf(Fixtures.all().values());
        for (int i = 0; i < 10; i++) {
            ObjectNode report = ReportJson.asAgency(fixtures.get(i % fixtures.size()), outage + "-" + i, "停机期间 " + i);
            assertEquals(1, reports.submit(report));
            if (i == 3) {
                reports.revise(ReportJson.scaled(report, 2), 1);
            }
            if (i == 4) {
                reports.withdraw(report, 1);
            }
        }
    }
}

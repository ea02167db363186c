package gov.disclosure.rollups;

import gov.disclosure.testing.KafkaBroker;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this module runs against one real Kafka broker, started once. */
@WithTestResource(value = KafkaBroker.class, scope = TestResourceScope.GLOBAL)
public final class KafkaForTests {

    private KafkaForTests() {
    }
}

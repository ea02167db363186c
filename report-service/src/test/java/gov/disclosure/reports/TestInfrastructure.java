package gov.disclosure.reports;

import gov.disclosure.testing.KafkaBroker;
import gov.disclosure.testing.TestKeys;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test of this module runs against one real Kafka broker, started once, and verifies tokens with a key pair
 * made for the run (tests send an admin's token unless they name another caller: see DefaultCaller).
 */
@WithTestResource(value = KafkaBroker.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestKeys.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}

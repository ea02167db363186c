package gov.disclosure.local.benchmark;

import gov.disclosure.local.benchmark.AutovacuumRule.TableActivity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AutovacuumRuleTest {

    /** PostgreSQL's defaults. */
    private final AutovacuumRule rule = new AutovacuumRule(50, 0.2, 1000, 0.2, 50, 0.1);

    @Test
    void aTableIsVacuumedOnceItsDeadRowsPassTheBasePlusAFifthOfItsRows() {
        assertNull(rule.command(new TableActivity("public.outbox_event", 10_000, 2_050, 0, 0)));
        assertEquals("vacuum public.outbox_event", rule.command(new TableActivity("public.outbox_event", 10_000, 2_051, 0, 0)));
    }

    @Test
    void aTableOnlyInsertedIntoIsVacuumedOnceItsNewRowsPassTheInsertThreshold() {
        assertNull(rule.command(new TableActivity("public.report_revision", 10_000, 0, 3_000, 0)));
        assertEquals("vacuum public.report_revision", rule.command(new TableActivity("public.report_revision", 10_000, 0, 3_001, 0)));
    }

    @Test
    void aTableIsAnalyzedOnceItsChangedRowsPassTheBasePlusATenthOfItsRows() {
        assertNull(rule.command(new TableActivity("public.rollup", 500, 0, 0, 100)));
        assertEquals("analyze public.rollup", rule.command(new TableActivity("public.rollup", 500, 0, 0, 101)));
    }

    @Test
    void aTablePastBothThresholdsIsVacuumedAndAnalyzedInOneCommand() {
        assertEquals("vacuum (analyze) public.report", rule.command(new TableActivity("public.report", 1_000, 0, 1_201, 151)));
    }

    @Test
    void aTableNeverVacuumedNorAnalyzedCountsAsEmpty() {
        assertEquals("vacuum (analyze) public.applied_report", rule.command(new TableActivity("public.applied_report", -1, 0, 1_001, 51)));
        assertNull(rule.command(new TableActivity("public.applied_report", -1, 0, 1_000, 50)));
    }

    @Test
    void aNegativeInsertThresholdTurnsInsertVacuumsOff() {
        AutovacuumRule withoutInsertVacuums = new AutovacuumRule(50, 0.2, -1, 0.2, 50, 0.1);

        assertNull(withoutInsertVacuums.command(new TableActivity("public.report_revision", 0, 0, 1_000_000, 0)));
    }
}

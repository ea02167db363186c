package gov.disclosure.local.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPlanTest {

    @Test
    void theFullProfileIsTheDefault() {
        assertEquals(BenchmarkPlan.FULL, BenchmarkPlan.parse());
    }

    @Test
    void figuresOverrideTheProfile() {
        BenchmarkPlan plan = BenchmarkPlan.parse("short", "rate=300", "bulk=0", "history=0", "idle=0");

        assertEquals(300, plan.rate());
        assertEquals(0, plan.bulkReports());
        assertEquals(0, plan.historyAgencies());
        assertEquals(0, plan.idleSeconds());
        assertEquals(BenchmarkPlan.SHORT.seconds(), plan.seconds());
    }

    @Test
    void theFullProfileWarmsUpInRoundsAndTheShortOneInOne() {
        assertEquals(10, BenchmarkPlan.FULL.warmUpRounds());
        assertEquals(1, BenchmarkPlan.SHORT.warmUpRounds());
        assertEquals(3, BenchmarkPlan.parse("warm-up-rounds=3").warmUpRounds());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.parse("warm-up-rounds=0"))
                .getMessage().contains("positive"));
    }

    @Test
    void theWarmUpGoesOnWhileTheCompilersAreBusyAndRoundsRemain() {
        assertTrue(BenchmarkPlan.FULL.warmsUpAfter(1, 0.37));
        assertTrue(BenchmarkPlan.FULL.warmsUpAfter(9, 0.11));
        assertFalse(BenchmarkPlan.FULL.warmsUpAfter(3, BenchmarkPlan.SETTLED));
        assertFalse(BenchmarkPlan.FULL.warmsUpAfter(10, 0.37));
        assertFalse(BenchmarkPlan.SHORT.warmsUpAfter(1, 0.9));
    }

    @Test
    void whatCannotBeReadIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.parse("rates=300"))
                .getMessage().contains("rates"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.parse("2000"))
                .getMessage().contains("2000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.parse("rate=0"))
                .getMessage().contains("positive"));
    }
}

package gov.disclosure.rollups.completeness;

import gov.disclosure.region.Regions;
import gov.disclosure.roster.AgencyKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeadlinesTest {

    private static final Map<AgencyKind, MonthDay> ARTICLE_49 = Map.of(
            AgencyKind.GOVERNMENT, MonthDay.of(3, 31), AgencyKind.DEPARTMENT, MonthDay.of(1, 31),
            AgencyKind.TOWNSHIP, MonthDay.of(1, 31), AgencyKind.OTHER, MonthDay.of(1, 31));

    @Test
    void departmentsReportBy31JanuaryAndGovernmentsBy31MarchOfTheNextYear() {
        Deadlines deadlines = new Deadlines(ARTICLE_49, List.of(), Regions.standard());

        assertEquals(LocalDate.of(2025, 1, 31), deadlines.of(AgencyKind.DEPARTMENT, "410482", 2024));
        assertEquals(LocalDate.of(2025, 3, 31), deadlines.of(AgencyKind.GOVERNMENT, "410482", 2024));
    }

    @Test
    void anExtensionHoldsForItsRegionAndTheRegionsBelowItForItsYearAndKinds() {
        Deadlines deadlines = new Deadlines(ARTICLE_49, List.of(
                new Deadlines.Extension("420000", 2019, Set.of(AgencyKind.DEPARTMENT), LocalDate.of(2020, 5, 31)),
                new Deadlines.Extension("420100", 2019, Set.of(), LocalDate.of(2020, 6, 30))), Regions.standard());

        assertEquals(LocalDate.of(2020, 5, 31), deadlines.of(AgencyKind.DEPARTMENT, "420500", 2019));
        assertEquals(LocalDate.of(2020, 3, 31), deadlines.of(AgencyKind.GOVERNMENT, "420500", 2019));
        assertEquals(LocalDate.of(2020, 6, 30), deadlines.of(AgencyKind.GOVERNMENT, "420102", 2019));
        assertEquals(LocalDate.of(2021, 1, 31), deadlines.of(AgencyKind.DEPARTMENT, "420500", 2020));
        assertEquals(LocalDate.of(2020, 1, 31), deadlines.of(AgencyKind.DEPARTMENT, "410482", 2019));
    }

    @Test
    void anExtensionOfAnUnknownRegionIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(ARTICLE_49,
                List.of(new Deadlines.Extension("999999", 2019, Set.of(), LocalDate.of(2020, 5, 31))),
                Regions.standard()));
        assertThrows(IllegalArgumentException.class, () -> new Deadlines(Map.of(), List.of(), Regions.standard()));
    }
}

package gov.disclosure.region;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    private final Regions regions = Regions.standard();

    @Test
    void theTableHoldsEveryProvinceCityAndCountyUnderTheCountry() {
        assertEquals(3348 + 1, regions.all().size());
        assertEquals(31, regions.children(Regions.COUNTRY_CODE).size());
        assertTrue(regions.contains("000000"));
        assertFalse(regions.contains("999999"));
    }

    @Test
    void aCountyClimbsThroughItsCityAndProvinceToTheCountry() {
        List<String> chain = regions.selfAndAncestors("410482").stream().map(Region::code).toList();

        assertEquals(List.of("410482", "410400", "410000", "000000"), chain);
        assertEquals(RegionLevel.COUNTY, regions.find("410482").orElseThrow().level());
    }

    @Test
    void descendantsIncludeTheRegionItself() {
        List<Region> pingdingshan = regions.selfAndDescendants("410400");

        assertEquals("410400", pingdingshan.get(0).code());
        assertTrue(pingdingshan.stream().anyMatch(r -> r.code().equals("410482")));
        assertTrue(pingdingshan.stream().allMatch(r -> r.code().startsWith("4104")));
    }

    @Test
    void aCityWithoutCountiesHasNoChildren() {
        assertEquals("东莞市", regions.find("441900").orElseThrow().name());
        assertTrue(regions.children("441900").isEmpty());
    }

    @Test
    void namesRepeatAcrossTheCountry() {
        assertEquals(4, regions.named("鼓楼区").size());
        assertEquals(List.of("410482"), regions.named("汝州市").stream().map(Region::code).toList());
    }
}

package gov.disclosure.rollups.api;

import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.storage.RollupReader.Stored;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A rollup's entity tag is the same for the same answer and differs with anything the answer is made of. */
class CurrentRollupTest {

    private static final Region ZHOUKOU = new Region("411600", "周口市", RegionLevel.CITY, "410000");
    private static final Variant ALL = new Variant(Scope.ALL, Basis.RECEIVED, false);
    private static final Instant UPDATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Stored STORED = new Stored(12, 1, UPDATED, List.of("{1,2,NULL,4.5}"));

    @Test
    void theSameAnswerHasTheSameTag() {
        assertEquals(tag(ZHOUKOU, 2024, ALL, Optional.of(STORED)),
                tag(new Region("411600", "周口市", RegionLevel.CITY, "410000"), 2024,
                        new Variant(Scope.ALL, Basis.RECEIVED, false),
                        Optional.of(new Stored(12, 1, UPDATED, List.of("{1,2,NULL,4.5}")))));
    }

    @Test
    void anythingTheAnswerIsMadeOfChangesTheTag() {
        List<String> tags = List.of(
                tag(ZHOUKOU, 2024, ALL, Optional.of(STORED)),
                tag(new Region("411600", "周口", RegionLevel.CITY, "410000"), 2024, ALL, Optional.of(STORED)),
                tag(new Region("411700", "周口市", RegionLevel.CITY, "410000"), 2024, ALL, Optional.of(STORED)),
                tag(ZHOUKOU, 2023, ALL, Optional.of(STORED)),
                tag(ZHOUKOU, 2024, new Variant(Scope.OWN, Basis.RECEIVED, false), Optional.of(STORED)),
                tag(ZHOUKOU, 2024, new Variant(Scope.ALL, Basis.ACCEPTED, false), Optional.of(STORED)),
                tag(ZHOUKOU, 2024, new Variant(Scope.ALL, Basis.RECEIVED, true), Optional.of(STORED)),
                tag(ZHOUKOU, 2024, ALL, Optional.of(new Stored(13, 1, UPDATED, List.of("{1,2,NULL,4.5}")))),
                tag(ZHOUKOU, 2024, ALL, Optional.of(new Stored(12, 0, UPDATED, List.of("{1,2,NULL,4.5}")))),
                tag(ZHOUKOU, 2024, ALL, Optional.of(new Stored(12, 1, UPDATED.plusMillis(1), List.of("{1,2,NULL,4.5}")))),
                tag(ZHOUKOU, 2024, ALL, Optional.of(new Stored(12, 1, UPDATED, List.of("{1,2,NULL,4.6}")))),
                tag(ZHOUKOU, 2024, ALL, Optional.of(new Stored(12, 1, UPDATED, List.of("{1,2,0,4.5}")))),
                tag(ZHOUKOU, 2024, ALL, Optional.empty()));
        Set<String> distinct = tags.stream().collect(Collectors.toSet());
        assertEquals(tags.size(), distinct.size(), String.join("\n", tags));
    }

    @Test
    void theNumbersOfARollupInTwoPartsAreTheirSums() {
        Stored twoParts = new Stored(3, 1, UPDATED, List.of("{1,2,NULL,4.5}", "{1,0.5}"));

        assertEquals(List.of("2", "2.5", "0", "4.5"), IntStream.range(0, 4)
                .mapToObj(i -> twoParts.numbers().get(i).toPlainString()).toList());
    }

    private static String tag(Region region, int year, Variant which, Optional<Stored> stored) {
        return new CurrentRollup(region, year, which, stored).tag().toString();
    }
}

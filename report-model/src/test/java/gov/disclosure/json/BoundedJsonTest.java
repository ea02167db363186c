package gov.disclosure.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedJsonTest {

    record Fee(BigDecimal amount, String name) {
    }

    private final ObjectMapper bounded = BoundedJson.bounded(new ObjectMapper());
    private final ObjectMapper repairing = BoundedJson.repairing(new ObjectMapper());

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "1.2345", "99999999999999999999", "0.12345678901234567890", "1E+19", "1e-20"})
    void numbersWithinTheBoundsAreReadExactly(String amount) throws JsonProcessingException {
        assertEquals(new BigDecimal(amount), bounded.readValue("{\"amount\": " + amount + "}", Fee.class).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-9999", "1e-10000", "1e-999999999", "1e999999999", "0.000000000000000000001",
            "123456789012345678901"})
    void numbersBeyondThemAreRefusedWhereTheyAre(String amount) {
        OutOfBoundsException refused = assertThrows(OutOfBoundsException.class,
                () -> bounded.readValue("{\"amount\": " + amount + "}", Fee.class));
        assertEquals("amount", refused.getPath().get(0).getFieldName());
        assertTrue(refused.detail().startsWith("must have at most 20 digits"), refused.detail());
    }

    @Test
    void aNumberLongerThanALiteralMayBeIsRefusedByTheParser() {
        assertThrows(JsonProcessingException.class,
                () -> bounded.readValue("{\"amount\": 0." + "1".repeat(100) + "}", Fee.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\ud800", "x\\udc00", "\\ud800x"})
    void textsPostgresqlCannotKeepAreRefused(String name) {
        OutOfBoundsException refused = assertThrows(OutOfBoundsException.class,
                () -> bounded.readValue("{\"name\": \"" + name + "\"}", Fee.class));
        assertEquals("name", refused.getPath().get(0).getFieldName());
    }

    @Test
    void aWholeSurrogatePairIsText() throws JsonProcessingException {
        assertEquals("😀", bounded.readValue("{\"name\": \"\\ud83d\\ude00\"}", Fee.class).name());
    }

    @Test
    void storedNumbersOfTooManyDecimalsAreReadRounded() throws JsonProcessingException {
        String stored = "{\"a\": 0." + "0".repeat(9999) + "1, \"b\": 0.00012345678901234567891}";
        Map<String, BigDecimal> read = repairing.readValue(stored,
                repairing.getTypeFactory().constructMapType(Map.class, String.class, BigDecimal.class));

        assertEquals(0, read.get("a").signum());
        assertEquals(new BigDecimal("0.00012345678901234568"), read.get("b"));
        assertTrue(List.of(read.get("a"), read.get("b")).stream().allMatch(n -> n.scale() <= JsonBounds.MAX_DECIMALS));
    }
}

package gov.disclosure.rollups.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.json.BoundedJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The numbers are written as Jackson writes them, and read back exactly. */
class NumbersJsonTest {

    private static final ObjectMapper JACKSON = BoundedJson.bounded(new ObjectMapper());

    @Test
    void numbersAreWrittenAsJacksonWritesThemAndReadBackExactly() throws Exception {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        numbers.put("applications.newlyReceived.total", new BigDecimal("12"));
        numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("0.0700"));
        numbers.put("zero", new BigDecimal("0.00"));
        numbers.put("large", new BigDecimal("12345678901234567890.00000000000000000001"));
        numbers.put("scaled", new BigDecimal("1E+3"));
        numbers.put("a \"quoted\" name\\ with 汉字 and \u0001", BigDecimal.ONE);

        String written = NumbersJson.write(numbers);

        assertEquals(JACKSON.writeValueAsString(numbers), written);
        assertEquals(numbers, NumbersJson.read(written));
    }

    @Test
    void noNumbersAreAnEmptyObject() throws Exception {
        assertEquals("{}", NumbersJson.write(Map.of()));
    }
}

package gov.disclosure.rollups.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.json.BoundedJson;
import gov.disclosure.rollups.domain.Numbers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The numbers are written as Jackson writes them, plain zeros left out, and read back exactly. */
class NumbersJsonTest {

    private static final ObjectMapper JACKSON = BoundedJson.bounded(new ObjectMapper());
    private static final String RECEIVED = "applications.newlyReceived.total";
    private static final String FEE = "proactiveDisclosure.fees.amount";
    private static final String CARRIED_OVER = "applications.carriedOver.total";

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
        assertEquals(numbers, NumbersJson.read(written).numbers());
    }

    @Test
    void plainZerosAreLeftOutAndReadBackAsTheZerosTheyWere() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        numbers.put(RECEIVED, new BigDecimal("12"));
        numbers.put(FEE, new BigDecimal("0.00"));
        numbers.put(CARRIED_OVER, BigDecimal.ZERO);

        String written = NumbersJson.write(numbers);

        assertEquals("{\"" + RECEIVED + "\":12,\"" + FEE + "\":0.00}", written);
        Numbers read = Numbers.of(NumbersJson.read(written).numbers());
        assertEquals(Numbers.of(numbers).toArrayLiteral(), read.toArrayLiteral());
        assertEquals(0, read.byName().get(CARRIED_OVER).compareTo(BigDecimal.ZERO));
    }

    @Test
    void noNumbersAreAnEmptyObject() throws Exception {
        assertEquals("{}", NumbersJson.write(Map.of()));
    }
}

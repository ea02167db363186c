package gov.disclosure.rollups.web;

import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The template's layout of a rollup's numbers, driven from ReportTemplate. */
class FiguresTest {

    @Test
    void sectionsAreCutIntoBlocksOfRowsSharingTheirColumns() {
        Figures figures = Figures.of(Map.of());
        assertEquals(List.of("二", "三", "四"), figures.sections().stream().map(Figures.Section::numeral).toList());
        Figures.Section proactive = figures.sections().get(0);
        assertEquals(List.of(List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of("本年处理决定数量"),
                        List.of("本年收费金额（单位：万元）")),
                proactive.blocks().stream().map(block -> block.columns().stream().map(c -> c.label()).toList()).toList());
        assertEquals(List.of(2, 3, 1), proactive.blocks().stream().map(block -> block.lines().size()).toList());
        assertEquals(List.of(25), figures.sections().get(1).blocks().stream().map(block -> block.lines().size()).toList());
        assertEquals("（三）不予公开", figures.sections().get(1).blocks().get(0).lines().get(4).group());
        assertEquals("1.属于国家秘密", figures.sections().get(1).blocks().get(0).lines().get(4).label());
    }

    @Test
    void everyNumberAppearsOnceInPrintOrderAsGiven() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (int i = 0; i < ReportNumbers.NAMES.size(); i++) {
            numbers.put(ReportNumbers.NAMES.get(i), BigDecimal.valueOf(i));
        }
        numbers.put("proactiveDisclosure.fees.amount", new BigDecimal("1.2500"));
        List<Figures.Value> values = Figures.of(numbers).sections().stream()
                .flatMap(section -> section.blocks().stream())
                .flatMap(block -> block.lines().stream())
                .flatMap(line -> line.values().stream())
                .toList();
        assertEquals(ReportNumbers.NAMES, values.stream().map(Figures.Value::name).toList());
        assertEquals("1.2500", values.get(9).text(), "an amount as the API gives it");
        assertEquals("10", values.get(10).text());
    }

    @Test
    void aNumberTheRollupLacksIsZero() {
        assertEquals("0", Figures.of(Map.of()).sections().get(2).blocks().get(0).lines().get(0).values().get(0).text());
    }
}

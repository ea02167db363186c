package gov.disclosure.reports.parsing.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChineseTextTest {

    @ParameterizedTest
    @CsvSource({
            "⾏政复议, 行政复议",
            "第⼆⼗条第（⼀）项, 第二十条第（一）项",
            "中华⼈⺠共和国, 中华人民共和国",
            "⻓沙⻔户⽹站, 长沙门户网站",
            "⻅⻋⻩⻢⻛⻜⻬⻚⻄, 见车黄马风飞齐页西",
            "住⼾, 住户",
            "戶籍, 户籍",
            "⾨⾒⾞⾧⾴⾵⾶⾺⿂⿃⿈⿓⿔, 门见车长页风飞马鱼鸟黄龙龟",
            "１２６０件, 1260件",
            "（七）总计：４２, （七）总计：42",
            "ＡＢＣ　ａｂｃ, ABC abc",
            "⺟亲⻳, 母亲龟",
    })
    void readsAsOrdinarySimplifiedCharacters(String printed, String read) {
        assertEquals(read, ChineseText.normalize(printed));
    }

    @Test
    void noKangxiOrSupplementCharacterIsLeft() {
        StringBuilder all = new StringBuilder();
        for (char c = '\u2E80'; c <= '\u2FD5'; c++) {
            all.append(c);
        }
        String normalized = ChineseText.normalize(all.toString());
        // U+2FD6–U+2FDF are unassigned; every Kangxi radical U+2F00–U+2FD5 becomes a character
        long kangxiLeft = normalized.chars().filter(c -> c >= 0x2F00 && c <= 0x2FD5).count();
        assertEquals(0, kangxiLeft);
        for (char c : "⺠⻓⻔⻅⻋⻩⻢⻛⻜⻬⻚⻄".toCharArray()) {
            assertTrue(normalized.indexOf(c) < 0, String.valueOf(c));
        }
    }

    @Test
    void ordinaryTextIsKept() {
        String text = "2023年，我局主动公开政府信息386条（其中：规章0件）。";
        assertEquals(text, ChineseText.normalize(text));
        assertEquals("", ChineseText.normalize(null));
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertEquals("规章", ChineseText.normalize("\uFEFF规\u200B章"));
    }
}

package gov.disclosure.reports.parsing.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text as people read it: NFKC (Kangxi radicals, full-width digits and letters become the ordinary forms),
 * radicals-supplement forms mapped to the characters they stand for, and the few traditional characters NFKC gives
 * for Kangxi radicals replaced with the simplified ones a simplified-Chinese text meant. Full-width punctuation
 * (，：；（）！？) is what Chinese prose is written with, so it is kept.
 */
public final class ChineseText {

    /**
     * CJK radicals supplement (U+2E80–U+2EFF) → the character a text means by it. NFKC leaves this block alone
     * (except ⺟ and ⻳). Only forms that stand for a whole character are listed; pure components stay.
     */
    private static final String SUPPLEMENT_PAIRS =
            "⺁厂⺅亻⺆冂⺇几⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺"
                    + "⺣灬⺥爫⺦丬⺨犭⺩王⺪疋⺬示⺭礻⺮竹⺯糸⺰纟⺲罒⺷羊⺹耂⺻聿⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀"
                    + "⻄西⻅见⻆角⻇角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑长⻒长⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风"
                    + "⻜飞⻝食⻞食⻟食⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫齐⻬齐⻭齿⻮齿⻯龙⻰龙⻱龟⻲龟⻳龟";

    /** Kangxi radicals whose NFKC result is a traditional or variant form: the simplified character meant. */
    private static final String KANGXI_PAIRS =
            "⼾户⾒见⾙贝⾞车⾧长⾨门⾭青⾱韦⾴页⾵风⾶飞⾺马⾾斗⿂鱼⿃鸟⿄卤⿆麦⿈黄⿌黾⿑齐⿒齿⿓龙⿔龟";

    /** Variant forms that never belong in simplified text, whatever produced them (e.g. a font's 戶 for 户). */
    private static final String VARIANT_PAIRS = "戶户靑青";

    private static final Map<Character, Character> BEFORE_NFKC = pairs(SUPPLEMENT_PAIRS + KANGXI_PAIRS);
    private static final Map<Character, Character> AFTER_NFKC = pairs(VARIANT_PAIRS);

    private ChineseText() {
    }

    /** The text in ordinary simplified characters; {@code null} reads as the empty text. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            Character replacement = BEFORE_NFKC.get(c);
            mapped.append(replacement != null ? replacement : c);
        }
        String nfkc = nfkcKeepingPunctuation(mapped);
        StringBuilder result = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            Character replacement = AFTER_NFKC.get(c);
            result.append(replacement != null ? replacement : c);
        }
        return result.toString();
    }

    /** NFKC, except for the full-width punctuation of Chinese prose. */
    private static String nfkcKeepingPunctuation(CharSequence text) {
        StringBuilder result = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isFullWidthPunctuation(text.charAt(i))) {
                result.append(Normalizer.normalize(text.subSequence(start, i), Normalizer.Form.NFKC)).append(text.charAt(i));
                start = i + 1;
            }
        }
        return result.append(Normalizer.normalize(text.subSequence(start, text.length()), Normalizer.Form.NFKC)).toString();
    }

    /** U+FF01–FF0F, FF1A–FF20, FF3B–FF40, FF5B–FF65: the full-width forms that are punctuation, not digits or letters. */
    private static boolean isFullWidthPunctuation(char c) {
        return c >= '\uFF01' && c <= '\uFF0F' || c >= '\uFF1A' && c <= '\uFF20'
                || c >= '\uFF3B' && c <= '\uFF40' || c >= '\uFF5B' && c <= '\uFF65';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static Map<Character, Character> pairs(String pairs) {
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        return Map.copyOf(map);
    }
}

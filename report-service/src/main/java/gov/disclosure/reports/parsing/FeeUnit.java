package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Token;
import gov.disclosure.reports.parsing.text.Compact;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The template asks for fees in 万元; a report may print them in 元 instead, saying so in the amount's cell
 * ("5000元") or in the column header ("本年收费金额（单位：元）"). Such an amount is turned into 万元.
 */
final class FeeUnit {

    /** A header naming 元 as the unit: "单位：元", "金额（元）", "金额/元" (compacted: 单位元, 金额元). */
    private static final Pattern YUAN_HEADER = Pattern.compile("(单位|金额)元");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private FeeUnit() {
    }

    /** Whether section 二's amounts are in 元 rather than 万元. */
    static boolean isYuan(List<Token> tokens) {
        boolean cellInYuan = tokens.stream()
                .anyMatch(token -> token.kind() == Token.Kind.NUMBER && token.text().endsWith("元")
                        && !token.text().endsWith("万元"));
        return cellInYuan || YUAN_HEADER.matcher(Compact.ofTexts(tokens)).find();
    }

    /** The amount in 万元, with no more decimals than it needs. */
    static BigDecimal toTenThousands(BigDecimal yuan) {
        BigDecimal amount = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return amount.scale() < 0 ? amount.setScale(0) : amount;
    }
}

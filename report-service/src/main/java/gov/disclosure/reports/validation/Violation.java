package gov.disclosure.reports.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One cell where a rule does not hold: which rule, where (JSON pointer and template labels), and both numbers. */
@Schema(description = "A cell where an arithmetic rule of the template does not hold.")
public record Violation(
        @Schema(examples = "BALANCE") Rule rule,
        @Schema(description = "JSON pointer of the cell", examples = "/applications/carriedForward/naturalPerson")
        String pointer,
        @Schema(description = "The template's label of the row", examples = "四、结转下年度继续办理") String row,
        @Schema(description = "The template's label of the column", examples = "自然人") String column,
        @Schema(description = "What the rule says the cell should hold", examples = "2") BigDecimal expected,
        @Schema(description = "What the report holds", examples = "3") BigDecimal found,
        @Schema(examples = "一 + 二 must equal 三（七）+ 四: 四 should be 2 (41 + 3 − 42), found 3") String detail) {
}

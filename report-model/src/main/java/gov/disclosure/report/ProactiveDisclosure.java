package gov.disclosure.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Section 二: what the agency disclosed on its own initiative (article 20 items 一, 五, 六, 八). */
public record ProactiveDisclosure(
        @NotNull(message = "is missing") @Valid DocumentCounts regulations,
        @NotNull(message = "is missing") @Valid DocumentCounts normativeDocuments,
        @NotNull(message = "is missing") @Valid Decisions licensing,
        @NotNull(message = "is missing") @Valid Decisions penalties,
        @NotNull(message = "is missing") @Valid Decisions coercion,
        @NotNull(message = "is missing") @Valid Fees fees) {

    /** 规章 and 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数. */
    public record DocumentCounts(@Count Long issued, @Count Long repealed, @Count Long inForce) {
    }

    /** 行政许可, 行政处罚, 行政强制: 本年处理决定数量. */
    public record Decisions(@Count Long decisions) {
    }

    /**
     * 行政事业性收费: 本年收费金额 in 万元, kept exactly as given. The template asks for 4 decimals; more is a warning.
     */
    public record Fees(
            @NotNull(message = "is missing")
            @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = "100000000", message = "must be at most {value} (万元)")
            BigDecimal amount) {
    }
}

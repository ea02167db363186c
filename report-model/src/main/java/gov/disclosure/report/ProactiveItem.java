package gov.disclosure.report;

import java.math.BigDecimal;
import java.util.function.Function;

/** The ten numbers of section 二, in print order, with the template's row and column labels. */
public enum ProactiveItem {
    REGULATIONS_ISSUED("regulations.issued", "规章", "本年制发件数", p -> p.regulations().issued()),
    REGULATIONS_REPEALED("regulations.repealed", "规章", "本年废止件数", p -> p.regulations().repealed()),
    REGULATIONS_IN_FORCE("regulations.inForce", "规章", "现行有效件数", p -> p.regulations().inForce()),
    NORMATIVE_DOCUMENTS_ISSUED("normativeDocuments.issued", "行政规范性文件", "本年制发件数",
            p -> p.normativeDocuments().issued()),
    NORMATIVE_DOCUMENTS_REPEALED("normativeDocuments.repealed", "行政规范性文件", "本年废止件数",
            p -> p.normativeDocuments().repealed()),
    NORMATIVE_DOCUMENTS_IN_FORCE("normativeDocuments.inForce", "行政规范性文件", "现行有效件数",
            p -> p.normativeDocuments().inForce()),
    LICENSING_DECISIONS("licensing.decisions", "行政许可", "本年处理决定数量", p -> p.licensing().decisions()),
    PENALTIES_DECISIONS("penalties.decisions", "行政处罚", "本年处理决定数量", p -> p.penalties().decisions()),
    COERCION_DECISIONS("coercion.decisions", "行政强制", "本年处理决定数量", p -> p.coercion().decisions()),
    FEES_AMOUNT("fees.amount", "行政事业性收费", "本年收费金额（单位：万元）", p -> p.fees().amount());

    private final String path;
    private final String rowLabel;
    private final String columnLabel;
    private final Function<ProactiveDisclosure, Number> accessor;

    ProactiveItem(String path, String rowLabel, String columnLabel, Function<ProactiveDisclosure, Number> accessor) {
        this.path = path;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
        this.accessor = accessor;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public String columnLabel() {
        return columnLabel;
    }

    public String flatName() {
        return "proactiveDisclosure." + path;
    }

    public BigDecimal of(ProactiveDisclosure proactiveDisclosure) {
        Number value = accessor.apply(proactiveDisclosure);
        return value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(value.longValue());
    }
}

package gov.disclosure.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The 25 rows of the applications table (section 三), in print order, with the template's labels.
 * {@link #path()} is the row's place under {@code applications}, joined with dots.
 */
public enum ApplicationRow {
    NEWLY_RECEIVED("newlyReceived", "一、本年新收政府信息公开申请数量", Applications::newlyReceived),
    CARRIED_OVER("carriedOver", "二、上年结转政府信息公开申请数量", Applications::carriedOver),
    GRANTED("outcomes.granted", "三、本年度办理结果（一）予以公开", a -> a.outcomes().granted()),
    PARTIALLY_GRANTED("outcomes.partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            a -> a.outcomes().partiallyGranted()),
    STATE_SECRET("outcomes.withheld.stateSecret", "（三）不予公开 1.属于国家秘密",
            a -> a.outcomes().withheld().stateSecret()),
    PROHIBITED_BY_LAW("outcomes.withheld.prohibitedByLaw", "（三）不予公开 2.其他法律行政法规禁止公开",
            a -> a.outcomes().withheld().prohibitedByLaw()),
    ENDANGERS_SAFETY_OR_STABILITY("outcomes.withheld.endangersSafetyOrStability", "（三）不予公开 3.危及“三安全一稳定”",
            a -> a.outcomes().withheld().endangersSafetyOrStability()),
    THIRD_PARTY_RIGHTS("outcomes.withheld.thirdPartyRights", "（三）不予公开 4.保护第三方合法权益",
            a -> a.outcomes().withheld().thirdPartyRights()),
    INTERNAL_AFFAIRS("outcomes.withheld.internalAffairs", "（三）不予公开 5.属于三类内部事务信息",
            a -> a.outcomes().withheld().internalAffairs()),
    PROCESS_INFORMATION("outcomes.withheld.processInformation", "（三）不予公开 6.属于四类过程性信息",
            a -> a.outcomes().withheld().processInformation()),
    LAW_ENFORCEMENT_FILES("outcomes.withheld.lawEnforcementFiles", "（三）不予公开 7.属于行政执法案卷",
            a -> a.outcomes().withheld().lawEnforcementFiles()),
    ADMINISTRATIVE_QUERY("outcomes.withheld.administrativeQuery", "（三）不予公开 8.属于行政查询事项",
            a -> a.outcomes().withheld().administrativeQuery()),
    NOT_HELD("outcomes.unableToProvide.notHeld", "（四）无法提供 1.本机关不掌握相关政府信息",
            a -> a.outcomes().unableToProvide().notHeld()),
    NEEDS_CREATION("outcomes.unableToProvide.needsCreation", "（四）无法提供 2.没有现成信息需要另行制作",
            a -> a.outcomes().unableToProvide().needsCreation()),
    UNCLEAR_AFTER_CORRECTION("outcomes.unableToProvide.unclearAfterCorrection", "（四）无法提供 3.补正后申请内容仍不明确",
            a -> a.outcomes().unableToProvide().unclearAfterCorrection()),
    COMPLAINT_OR_PETITION("outcomes.notProcessed.complaintOrPetition", "（五）不予处理 1.信访举报投诉类申请",
            a -> a.outcomes().notProcessed().complaintOrPetition()),
    REPEATED_APPLICATION("outcomes.notProcessed.repeatedApplication", "（五）不予处理 2.重复申请",
            a -> a.outcomes().notProcessed().repeatedApplication()),
    PUBLICATION_REQUESTED("outcomes.notProcessed.publicationRequested", "（五）不予处理 3.要求提供公开出版物",
            a -> a.outcomes().notProcessed().publicationRequested()),
    EXCESSIVE_REQUESTS("outcomes.notProcessed.excessiveRequests", "（五）不予处理 4.无正当理由大量反复申请",
            a -> a.outcomes().notProcessed().excessiveRequests()),
    CONFIRMATION_REQUESTED("outcomes.notProcessed.confirmationRequested", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
            a -> a.outcomes().notProcessed().confirmationRequested()),
    CORRECTION_OVERDUE("outcomes.otherHandling.correctionOverdue",
            "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            a -> a.outcomes().otherHandling().correctionOverdue()),
    FEE_UNPAID("outcomes.otherHandling.feeUnpaid",
            "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            a -> a.outcomes().otherHandling().feeUnpaid()),
    OTHER("outcomes.otherHandling.other", "（六）其他处理 3.其他", a -> a.outcomes().otherHandling().other()),
    OUTCOMES_TOTAL("outcomes.total", "（七）总计", a -> a.outcomes().total()),
    CARRIED_FORWARD("carriedForward", "四、结转下年度继续办理", Applications::carriedForward);

    /** The 23 outcome rows whose sum is {@link #OUTCOMES_TOTAL}. */
    public static final Set<ApplicationRow> OUTCOMES = EnumSet.range(GRANTED, OTHER);

    private final String path;
    private final String label;
    private final Function<Applications, ApplicantCounts> accessor;

    ApplicationRow(String path, String label, Function<Applications, ApplicantCounts> accessor) {
        this.path = path;
        this.label = label;
        this.accessor = accessor;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public ApplicantCounts of(Applications applications) {
        return accessor.apply(applications);
    }

    /** The flat name of one cell, e.g. {@code applications.outcomes.withheld.stateSecret.naturalPerson}. */
    public String flatName(ApplicantColumn column) {
        return "applications." + path + "." + column.jsonName();
    }

    public static List<ApplicationRow> inPrintOrder() {
        return List.of(values());
    }
}

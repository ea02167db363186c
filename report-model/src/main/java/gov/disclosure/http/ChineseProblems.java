package gov.disclosure.http;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * For a caller that prefers Chinese ({@code Accept-Language: zh-CN}), a problem's title in Chinese, and its detail
 * led by that title; the specifics the detail names (pointers, parameters, labels, numbers) stay as they are. Both
 * services.
 */
public class ChineseProblems {

    private static final String PREFIX = "/problems/";

    /** The title of each kind of problem, in Chinese. */
    static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("malformed-json", "请求体不是格式正确的 JSON"),
            Map.entry("malformed-multipart", "请求体不是格式正确的 multipart"),
            Map.entry("request-incomplete", "请求体未传完连接即已关闭"),
            Map.entry("invalid-parameter", "请求参数不可接受"),
            Map.entry("unauthorized", "未提供有效的令牌"),
            Map.entry("forbidden", "超出令牌的权限范围"),
            Map.entry("not-found", "未找到"),
            Map.entry("method-not-allowed", "该路径不支持此方法"),
            Map.entry("not-acceptable", "无法以请求接受的媒体类型作答"),
            Map.entry("not-reviewable", "该修订不能审核"),
            Map.entry("payload-cut", "死信的内容已被截断"),
            Map.entry("precondition-failed", "报告在 If-Match 所指修订之后已被修改"),
            Map.entry("payload-too-large", "请求体超过本服务接受的大小"),
            Map.entry("unsupported-media-type", "本操作不接受该内容类型"),
            Map.entry("invalid-report", "请求体不是有效的年度报告"),
            Map.entry("rule-violations", "报告的数字不符合勾稽关系"),
            Map.entry("idempotency-key-reused", "该 Idempotency-Key 已用于另一请求"),
            Map.entry("unreadable-document", "无法取得文件中的文字（扫描件、加密或损坏）"),
            Map.entry("unreadable-text", "无法将文本读作年度报告"),
            Map.entry("unreadable-event", "该事件仍无法应用"),
            Map.entry("region-undetermined", "无法从机关名称确定其行政区划"),
            Map.entry("agency-not-active", "名录显示该机关在该年度不存在"),
            Map.entry("invalid-agency", "该机关无法按所提交的内容列入名录"),
            Map.entry("invalid-review", "该审核决定无法按所提交的内容记录"),
            Map.entry("precondition-required", "修改已有报告须提供 If-Match"),
            Map.entry("service-unavailable", "服务暂时不可用"));

    @ServerResponseFilter
    public void inChinese(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof HttpProblem problem) || !prefersChinese(request)) {
            return;
        }
        String type = problem.getType() == null ? "" : problem.getType().toString();
        String title = type.startsWith(PREFIX) ? TITLES.get(type.substring(PREFIX.length())) : null;
        if (title == null) {
            return;
        }
        response.setEntity(HttpProblem.builder(problem)
                .withTitle(title)
                .withDetail(problem.getDetail() == null ? title : title + "：" + problem.getDetail())
                .build());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
    }

    /**
     * Whether the language the caller weighs highest is Chinese. A header that cannot be read (a weight that is not a
     * number, a range that is no language tag) asks for nothing, so the problem is answered as it is, in English.
     */
    private static boolean prefersChinese(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return !ranges.isEmpty() && ranges.get(0).getRange().split("-", 2)[0].equals("zh");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}

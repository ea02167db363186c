package gov.disclosure.reports.parsing.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a web page prints after the report: links to the previous and next article, print and close buttons, the
 * site's sponsor, ICP and security registration numbers. A person stops reading the report there, and so does the
 * narrative of the section it follows.
 */
public final class PageFooter {

    private static final Pattern STARTS_FOOTER = Pattern.compile(
            "^[【\\[]?(上一篇|下一篇|上一条|下一条|上篇|下篇|主办单位|承办单位|主办|承办|相关链接|相关阅读|相关文章|相关文件"
                    + "|联系我们|字体|字号|分享到|网站地图)[】\\]]?[:：\\s]|^(上一篇|下一篇|相关链接|相关阅读|分享到)$");
    private static final Pattern FOOTER_ANYWHERE = Pattern.compile(
            "打印本页|关闭窗口|【打印】|【关闭】|返回顶部|扫一扫在手机|网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©");

    private PageFooter() {
    }

    /** The section's lines up to the first line of a page footer. */
    public static List<Line> cut(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isFooter(lines.get(i).text().strip())) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    public static boolean isFooter(String line) {
        return STARTS_FOOTER.matcher(line).find() || FOOTER_ANYWHERE.matcher(line).find();
    }
}

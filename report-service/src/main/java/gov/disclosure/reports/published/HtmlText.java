package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A saved web page's text with jsoup (its charset from the Content-Type, else from its byte order mark or meta tag,
 * GBK and GB2312 read as GB18030, their superset; else UTF-8, or GB18030 where the bytes are not UTF-8): a line
 * per block, each table row a line of its cells separated by tabs (a cell spanning columns followed by as many tabs as
 * it spans). Scripts, styles and the page's head are not text.
 */
@ApplicationScoped
public class HtmlText implements DocumentReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr", "blockquote", "pre", "caption", "center");
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "noscript", "template", "iframe");

    private final DocumentLimits limits;

    public HtmlText(DocumentLimits limits) {
        this.limits = limits;
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.HTML;
    }

    @Override
    public String text(PublishedFile file) {
        long max = limits.maxHtmlSize().asLongValue();
        if (file.content().length > max) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, ("%s has %d bytes: a web page of at most %d is "
                    + "read; send the report's text").formatted(file.label(), file.content().length, max));
        }
        Charset declared = Charsets.declared(file.contentType());
        Document page = parse(file.content(), declared == null ? null : TextDecoding.readWith(declared));
        if (declared == null && readAsGb18030(page.charset(), file.content())) {
            page = parse(file.content(), TextDecoding.GB18030);
        }
        StringBuilder out = new StringBuilder();
        write(page.body(), out);
        return out.toString();
    }

    /**
     * A page read as UTF-8 for want of a charset (or claiming UTF-8) whose bytes are not UTF-8 is a Chinese page in GBK;
     * one whose meta tag says GBK or GB2312 may hold GB18030's four-byte characters, which GBK would read as two digits
     * among two broken characters.
     */
    private static boolean readAsGb18030(Charset found, byte[] content) {
        return found.equals(StandardCharsets.UTF_8) ? !TextDecoding.isUtf8(content)
                : !TextDecoding.readWith(found).equals(found);
    }

    private static Document parse(byte[] content, Charset charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(content), charset == null ? null : charset.name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element element) {
                write(element, out);
            }
        }
    }

    private static void write(Element element, StringBuilder out) {
        String tag = element.normalName();
        if (HIDDEN.contains(tag)) {
            return;
        }
        if (tag.equals("table")) {
            breakLine(out);
            for (Element row : element.select("tr")) {
                if (row.closest("table") == element) {
                    writeRow(row, out);
                }
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            breakLine(out);
        }
        write((Node) element, out);
        if (block) {
            breakLine(out);
        }
    }

    /** A row is a line of its cells; a cell holding a table gives that table's rows instead. */
    private static void writeRow(Element row, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            if (!cell.select("table").isEmpty()) {
                cell.select("table").stream().filter(inner -> inner.parent().closest("table") == row.closest("table"))
                        .forEach(inner -> write(inner, out));
                continue;
            }
            line.append(cell.text().replace('\t', ' ').strip()).append("\t".repeat(span(cell)));
        }
        String text = line.toString().replaceAll("\t+$", "");
        if (!text.isBlank()) {
            breakLine(out);
            out.append(text).append('\n');
        }
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(cell.attr("colspan").trim()), 64));
        } catch (NumberFormatException none) {
            return 1;
        }
    }

    private static void breakLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}

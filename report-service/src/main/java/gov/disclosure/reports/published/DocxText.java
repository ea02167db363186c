package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

/**
 * A Word (.docx) file's text with Apache POI: paragraphs in order, each table row a line of its cells separated by
 * tabs (a cell spanning columns followed by as many tabs as it spans, so that the columns stay where they are). A
 * table inside a cell gives its rows as lines of their own.
 */
@ApplicationScoped
public class DocxText implements DocumentReader {

    static {
        // POI's own zip-bomb guard: an entry inflating more than 100 times is refused (the default is 100 too)
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public String text(PublishedFile file) {
        if (WordText.isOle2(file.content())) {
            throw WordText.encryptedOrDoc(file);
        }
        if (!WordText.isZip(file.content())) {
            throw WordText.notThisFormat(file, "a .docx file is a zip archive, and this is none");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            StringBuilder out = new StringBuilder();
            write(document.getBodyElements(), out);
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw WordText.encrypted(file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw WordText.notThisFormat(file, e.getMessage());
        } catch (IOException | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnreadableDocumentException(Reason.DAMAGED,
                    file.label() + " is a damaged Word file: " + e.getMessage(), e);
        }
    }

    private static void write(List<IBodyElement> elements, StringBuilder out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.append(paragraph.getText()).append('\n');
            } else if (element instanceof XWPFTable table) {
                write(table, out);
            }
        }
    }

    private static void write(XWPFTable table, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!cell.getTables().isEmpty()) {
                    cell.getTables().forEach(inner -> write(inner, out));
                    continue;
                }
                line.append(cellText(cell)).append("\t".repeat(span(cell)));
            }
            out.append(line.toString().stripTrailing().replaceAll("\t+$", "")).append('\n');
        }
    }

    /** A cell's paragraphs make one cell: joined by a space. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String part = paragraph.getText().replace('\t', ' ').strip();
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }

    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        BigInteger span = properties.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, Math.min(span.intValue(), 64));
    }
}

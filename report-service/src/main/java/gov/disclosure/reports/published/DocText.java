package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A Word 97-2003 (.doc) file's text with Apache POI's HWPF: paragraphs in order; in a table, each cell's paragraphs
 * joined by spaces, cells separated by tabs and a row a line.
 */
@ApplicationScoped
public class DocText implements DocumentReader {

    private static final char CELL_MARK = '\u0007';

    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOC;
    }

    @Override
    public String text(PublishedFile file) {
        if (WordText.isZip(file.content())) {
            throw WordText.notThisFormat(file, "it is a zip archive (a .docx?): send a .docx as "
                    + DocumentFormat.DOCX_TYPE);
        }
        if (!WordText.isOle2(file.content())) {
            throw WordText.notThisFormat(file, "it has no Word 97-2003 signature");
        }
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(file.content()))) {
            return text(document.getRange());
        } catch (EncryptedDocumentException e) {
            throw WordText.encrypted(file, e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.DAMAGED,
                    file.label() + " is a damaged or unsupported Word 97-2003 file: " + e.getMessage(), e);
        }
    }

    private static String text(Range range) {
        StringBuilder out = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            String text = paragraph.text();
            if (!paragraph.isInTable()) {
                out.append(clean(text)).append('\n');
            } else if (paragraph.isTableRowEnd()) {
                out.append(row.toString().replaceAll("\t+$", "")).append('\n');
                row.setLength(0);
            } else if (text.indexOf(CELL_MARK) >= 0) {
                row.append(clean(text)).append('\t');
            } else {
                row.append(clean(text)).append(' ');
            }
        }
        return out.toString();
    }

    /** Without Word's marks (paragraph and cell ends, fields' control characters). */
    private static String clean(String text) {
        return text.replaceAll("[\\u0000-\\u0008\\u000b-\\u001f]", " ").strip();
    }
}

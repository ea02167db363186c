package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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

    private final DocumentLimits limits;

    public DocxText(DocumentLimits limits) {
        this.limits = limits;
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
        requireUnpackable(file);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            StringBuilder out = new StringBuilder();
            write(document.getBodyElements(), out);
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw WordText.encrypted(file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw WordText.notThisFormat(file, e.getMessage());
        } catch (RecordFormatException e) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, file.label() + " has a part too large to read: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnreadableDocumentException(Reason.DAMAGED,
                    file.label() + " is a damaged Word file: " + e.getMessage(), e);
        }
    }

    /**
     * Counts what the file's zip entries unpack to, before POI holds them all in memory and its XML parts as
     * objects many times their size (a 16 MB document.xml of short paragraphs ran the service out of memory).
     */
    private void requireUnpackable(PublishedFile file) {
        long maxXml = limits.maxWordXmlSize().asLongValue();
        long maxAll = limits.maxUnpackedSize().asLongValue();
        long xml = 0;
        long all = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                long size = unpacked(zip, maxAll - all);
                all += size;
                if (all > maxAll) {
                    throw new UnreadableDocumentException(Reason.TOO_LARGE, ("%s unpacks to more than %d bytes "
                            + "(a zip bomb?): it is not read").formatted(file.label(), maxAll));
                }
                if (isXml(entry.getName())) {
                    xml += size;
                }
                if (xml > maxXml) {
                    throw new UnreadableDocumentException(Reason.TOO_LARGE, ("%s's text and layout (its XML parts) "
                            + "unpack to more than %d bytes: a Word file this large is not read; send its text or "
                            + "PDF").formatted(file.label(), maxXml));
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // a damaged archive, or names in another encoding: POI says what is wrong with it
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** The bytes an entry unpacks to, counted up to one past {@code max}. */
    private static long unpacked(InputStream entry, long max) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = entry.read(buffer); read >= 0 && total <= max; read = entry.read(buffer)) {
            total += read;
        }
        return total;
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

package gov.disclosure.table;

import gov.disclosure.http.Negotiation;

import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** The formats the national-format table is rendered in, and how a request chooses one. */
public enum TableFormat {
    HTML("html", "text/html;charset=UTF-8", new HtmlTable()),
    CSV("csv", "text/csv;charset=UTF-8", new CsvTable()),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new XlsxTable()),
    MARKDOWN("md", "text/markdown;charset=UTF-8", new MarkdownTable());

    /** A renderer of the one layout. */
    interface Renderer {
        void write(NationalTable table, OutputStream out) throws IOException;
    }

    private final String extension;
    private final String mediaType;
    private final Renderer renderer;

    TableFormat(String extension, String mediaType, Renderer renderer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.renderer = renderer;
    }

    /** The file name extension (csv, xlsx, …). */
    public String extension() {
        return extension;
    }

    /** The Content-Type of the rendering. */
    public String mediaType() {
        return mediaType;
    }

    public void write(NationalTable table, OutputStream out) throws IOException {
        renderer.write(table, out);
    }

    /**
     * The rendered table as a response: CSV and XLSX as a download named {@code name} with this format's
     * extension, HTML and Markdown to be shown. Rendered whole: a table is small (about 200 numbers).
     */
    public Response response(NationalTable table, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String disposition = this == CSV || this == XLSX ? "attachment" : "inline";
        return Response.ok(out.toByteArray(), mediaType)
                .header("Content-Disposition", disposition + "; filename=\"" + name + "." + extension + "\"")
                .header("Vary", "Accept")
                .build();
    }

    private static final Negotiation<TableFormat> NEGOTIATION = new Negotiation<>(
            orderedMap("html", HTML, "csv", CSV, "xlsx", XLSX, "markdown", MARKDOWN, "md", MARKDOWN),
            orderedMap("text/html", HTML, "text/csv", CSV,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX,
                    "text/markdown", MARKDOWN),
            HTML);

    /**
     * The format asked for: {@code ?format=} if given (400 naming it when unknown), else the most preferred of the
     * Accept header's media types this table has (406 when none is), else HTML.
     */
    public static TableFormat choose(String format, String accept) {
        return NEGOTIATION.choose(format, accept);
    }

    private static Map<String, TableFormat> orderedMap(Object... keyThenValue) {
        Map<String, TableFormat> map = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            map.put((String) keyThenValue[i], (TableFormat) keyThenValue[i + 1]);
        }
        return map;
    }
}

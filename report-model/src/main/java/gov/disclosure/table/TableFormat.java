package gov.disclosure.table;

import io.quarkiverse.resteasy.problem.HttpProblem;

import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats the national-format table is rendered in, and how a request chooses one. */
public enum TableFormat {
    HTML("html", "text/html;charset=UTF-8", new HtmlTable()),
    CSV("csv", "text/csv;charset=UTF-8", new CsvTable()),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new XlsxTable()),
    MARKDOWN("md", "text/markdown;charset=UTF-8", new MarkdownTable());

    /** What {@code ?format=} takes, one per format ({@code markdown} is also read as Markdown). */
    public static final List<String> PARAMETER_VALUES = List.of("html", "csv", "xlsx", "markdown");

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

    /**
     * The format asked for: {@code ?format=} if given (400 naming it when unknown), else the most preferred of the
     * Accept header's media types this table has (406 when none is), else HTML.
     */
    public static TableFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return byName(format.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> invalidFormat());
        }
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        return negotiate(accept).orElseThrow(() -> notAcceptable(accept));
    }

    private static Optional<TableFormat> byName(String name) {
        return switch (name) {
            case "html" -> Optional.of(HTML);
            case "csv" -> Optional.of(CSV);
            case "xlsx" -> Optional.of(XLSX);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    private record Range(String type, double quality, int order) {
    }

    private static Optional<TableFormat> negotiate(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",", 64);
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double quality = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > 0) {
                ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), quality, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::order));
        for (Range range : ranges) {
            Optional<TableFormat> format = matching(range.type());
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    private static Optional<TableFormat> matching(String range) {
        if (range.equals("*/*") || range.equals("*") || range.equals("text/*")) {
            return Optional.of(HTML);
        }
        if (range.equals("application/*")) {
            return Optional.of(XLSX);
        }
        return Arrays.stream(values()).filter(format -> format.mediaType.startsWith(range + ";")
                || format.mediaType.equals(range)).findFirst();
    }

    private static HttpProblem invalidFormat() {
        String detail = "must be one of " + PARAMETER_VALUES;
        return HttpProblem.builder()
                .withType(URI.create("/problems/invalid-parameter"))
                .withTitle("A request parameter is not acceptable")
                .withStatus(400)
                .withDetail("format " + detail)
                .with("errors", List.of(Map.of("parameter", "format", "detail", detail)))
                .build();
    }

    private static HttpProblem notAcceptable(String accept) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/not-acceptable"))
                .withTitle("None of the media types asked for is available")
                .withStatus(406)
                .withDetail("the table is available as text/html, text/csv, "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet and text/markdown "
                        + "(or ?format=html|csv|xlsx|markdown); Accept asked for "
                        + (accept.length() > 200 ? accept.substring(0, 200) + "…" : accept))
                .build();
    }
}

package gov.disclosure.rollups.api;

import gov.disclosure.access.CurrentCaller;
import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.storage.Rollup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The rollups of every region of a level for a year, in one CSV file: what analysts download. */
@Path("/api/v1/rollups/export")
@Tag(name = "Rollups")
public class RollupExportResource {

    /** The columns before the numbers. */
    static final List<String> SUMMARY_COLUMNS = List.of("regionCode", "regionName", "level", "parentCode", "year",
            "scope", "basis", "excludeViolations", "reportCount", "reportsWithViolations");
    static final List<String> SUMMARY_LABELS = List.of("行政区划代码", "行政区划名称", "层级", "上级区划代码", "年度",
            "范围", "口径", "剔除违反勾稽关系的报告", "报告数", "违反勾稽关系的报告数");
    /** Regions whose rollups are read at a time. */
    private static final int BATCH = 500;

    private final Regions regions;
    private final CurrentCaller caller;
    private final RollupQueries queries;

    public RollupExportResource(Regions regions, CurrentCaller caller, RollupQueries queries) {
        this.regions = regions;
        this.caller = caller;
        this.queries = queries;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Export the rollups of every region of a level",
            description = "One CSV row per region of the level (in region code order; a region no report is in "
                    + "has zeros): the region, the rollup's variant and counts, then every number by its flat name; "
                    + "labels=zh adds a second header row of Chinese labels. UTF-8 with a byte order mark, read from "
                    + "the database 500 regions at a time. A reviewer gets the regions within its reach.")
    @APIResponse(responseCode = "200", description = "The rollups", content = @Content(mediaType = "text/csv"))
    @APIResponse(ref = "NotAcceptable", responseCode = "406")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.VIEWER, Role.REVIEWER, Role.ADMIN})
    public Response export(
            @Parameter(description = "PROVINCE, CITY or COUNTY", required = true,
                    schema = @Schema(enumeration = {"PROVINCE", "CITY", "COUNTY"})) @QueryParam("level") String level,
            @Parameter(description = "The year the reports are about", required = true, example = "2024")
            @QueryParam("year") String year,
            @Parameter(ref = "scope") @QueryParam("scope") String scope,
            @Parameter(ref = "basis") @QueryParam("basis") String basis,
            @Parameter(ref = "excludeViolations") @QueryParam("excludeViolations") String excludeViolations,
            @Parameter(description = "zh: a second header row with the columns' Chinese labels",
                    schema = @Schema(enumeration = {"zh"})) @QueryParam("labels") String labels,
            @Parameter(description = "csv, instead of Accept", schema = @Schema(enumeration = {"csv"}))
            @QueryParam("format") String format,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        RegionLevel atLevel = level(level);
        int onlyYear = year(year);
        Variant which = RollupsResource.which(scope, basis, excludeViolations);
        boolean chinese = chineseLabels(labels);
        CSV_ONLY.choose(format, accept);
        Caller reader = caller.get();
        List<Region> reached = regions.all().stream()
                .filter(region -> region.level() == atLevel)
                .filter(region -> reader.isAdmin() || reader.is(Role.VIEWER) || reader.covers(region.code(), regions))
                .sorted(Comparator.comparing(Region::code))
                .toList();
        StreamingOutput body = out -> write(reached, onlyYear, which, chinese, out);
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rollups-%s-%d-%s.csv\""
                        .formatted(atLevel.name().toLowerCase(Locale.ROOT), onlyYear,
                                which.scope().name().toLowerCase(Locale.ROOT)))
                .build();
    }

    private static final gov.disclosure.http.Negotiation<String> CSV_ONLY = new gov.disclosure.http.Negotiation<>(
            Map.of("csv", "csv"), Map.of("text/csv", "csv"), "csv");

    private void write(List<Region> rows, int year, Variant which, boolean chinese, OutputStream out)
            throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write("\uFEFF"); // spreadsheets read UTF-8 without it in their local code page
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(Stream.concat(SUMMARY_COLUMNS.stream(), ReportNumbers.NAMES.stream()).toList());
        if (chinese) {
            csv.printRecord(Stream.concat(SUMMARY_LABELS.stream(), ReportNumbers.LABELS.stream()).toList());
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Region> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Map<String, Rollup> stored = queries.stored(batch, year, which);
            for (Region region : batch) {
                csv.printRecord(row(region, year, which, stored.get(region.code())));
            }
        }
        csv.flush();
    }

    private static List<Object> row(Region region, int year, Variant which, Rollup rollup) {
        List<Object> row = new ArrayList<>(SUMMARY_COLUMNS.size() + ReportNumbers.NAMES.size());
        row.add(region.code());
        row.add(region.name());
        row.add(region.level());
        row.add(region.parentCode() == null ? "" : region.parentCode());
        row.add(year);
        row.add(which.scope().name().toLowerCase(Locale.ROOT));
        row.add(which.basis().name().toLowerCase(Locale.ROOT));
        row.add(which.excludesViolations());
        row.add(rollup == null ? 0 : rollup.reportCount);
        row.add(rollup == null ? 0 : rollup.reportsWithViolations);
        Map<String, BigDecimal> numbers = rollup == null ? Map.of() : RollupView.plainByName(rollup.numbers());
        for (String name : ReportNumbers.NAMES) {
            row.add(numbers.getOrDefault(name, BigDecimal.ZERO).toPlainString());
        }
        return row;
    }

    private static RegionLevel level(String level) {
        String detail = "must be PROVINCE, CITY or COUNTY";
        if (level == null || level.isBlank()) {
            throw RollupProblems.invalidParameter("level", detail);
        }
        try {
            RegionLevel read = RegionLevel.valueOf(level.trim().toUpperCase(Locale.ROOT));
            if (read != RegionLevel.COUNTRY) {
                return read;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw RollupProblems.invalidParameter("level", detail);
    }

    private static int year(String year) {
        try {
            return RollupsResource.year(Integer.parseInt(year == null ? "" : year.trim()));
        } catch (NumberFormatException e) {
            throw RollupProblems.invalidParameter("year", "must be a year from %d to %d"
                    .formatted(gov.disclosure.report.AnnualReport.FIRST_YEAR, RollupsResource.LAST_YEAR));
        }
    }

    private static boolean chineseLabels(String labels) {
        if (labels == null || labels.isBlank()) {
            return false;
        }
        if (!labels.trim().equalsIgnoreCase("zh")) {
            throw RollupProblems.invalidParameter("labels", "must be zh");
        }
        return true;
    }
}

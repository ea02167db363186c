package gov.disclosure.testing;

import gov.disclosure.table.NationalTable;
import gov.disclosure.table.TableCell;
import gov.disclosure.table.TableSection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers back out of a rendered national-format table, each by the position the layout gives its flat
 * name, with the libraries that wrote them (Commons CSV, Apache POI): what tests compare with the JSON.
 */
public final class TableReadBack {

    private static final NationalTable LAYOUT = NationalTable.of("", Map.of());
    private static final Pattern HTML_NUMBER = Pattern.compile("<td[^>]* data-name=\"([^\"]+)\">([^<]*)</td>");

    private TableReadBack() {
    }

    /** The CSV's lines: the title, then per section its heading and its grid. */
    public static Map<String, BigDecimal> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("the CSV starts without a byte order mark");
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
            return byPosition(lines, 1, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, BigDecimal> xlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> line = new ArrayList<>();
                var row = sheet.getRow(r);
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    line.add(text(row.getCell(c)));
                }
                lines.add(line);
            }
            return byPosition(lines, 1, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markdown: the table lines of each section, its separator line left out. */
    public static Map<String, BigDecimal> markdown(byte[] bytes) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of());
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("## ")) {
                lines.add(List.of(line));
            } else if (line.startsWith("|") && !line.startsWith("|---")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                    cells.add(cell.trim());
                }
                lines.add(cells);
            }
        }
        return byPosition(lines, 1, 1);
    }

    /** HTML: every number cell by its data-name. */
    public static Map<String, BigDecimal> html(byte[] bytes) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        Matcher matcher = HTML_NUMBER.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (matcher.find()) {
            if (numbers.put(matcher.group(1), number(matcher.group(2))) != null) {
                throw new AssertionError(matcher.group(1) + " appears twice");
            }
        }
        return numbers;
    }

    private static Map<String, BigDecimal> byPosition(List<List<String>> lines, int titleLines, int headingLines) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        int line = titleLines;
        for (TableSection section : LAYOUT.sections()) {
            line += headingLines;
            TableCell[][] grid = section.grid();
            for (TableCell[] row : grid) {
                List<String> cells = lines.get(line++);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null && row[c].isNumber()) {
                        numbers.put(row[c].flatName(), number(c < cells.size() ? cells.get(c) : ""));
                    }
                }
            }
        }
        return numbers;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()
                : cell.getStringCellValue();
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}

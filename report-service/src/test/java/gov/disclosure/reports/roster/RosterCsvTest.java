package gov.disclosure.reports.roster;

import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.roster.AgencyKind;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RosterCsvTest {

    @Test
    void quotedCellsHoldCommasQuotesAndLineBreaksAndBlankLinesAreSkipped() {
        List<RosterCsv.Line> lines = RosterCsv.read("\uFEFF" + RosterCsv.HEADER + "\r\n"
                + "a,\"汝州市教育局, \"\"教育\"\"\",410482,DEPARTMENT,,,\r\n"
                + "\r\n"
                + "b,\"两行\n的名字\",410482,OTHER,a,2019-03-01,\n");

        assertEquals(2, lines.size());
        assertEquals("汝州市教育局, \"教育\"", lines.get(0).cell("name"));
        assertEquals(2, lines.get(0).number());
        assertEquals("两行\n的名字", lines.get(1).cell("name"));
        assertEquals(4, lines.get(1).number());
        assertEquals("a", lines.get(1).cell("reportsTo"));
        assertEquals(null, lines.get(1).cell("activeTo"));
    }

    @Test
    void aLineThatIsNotCsvIsRefusedByItsNumber() {
        InvalidAgencyException open = assertThrows(InvalidAgencyException.class,
                () -> RosterCsv.read(RosterCsv.HEADER + "\na,\"not closed,410482,OTHER,,,\n"));
        assertEquals(List.of(2), open.errors().stream().map(AgencyError::line).toList());

        InvalidAgencyException after = assertThrows(InvalidAgencyException.class,
                () -> RosterCsv.read(RosterCsv.HEADER + "\na,b,410482,OTHER,,,\nc,\"d\"e,410482,OTHER,,,\n"));
        assertEquals(List.of(3), after.errors().stream().map(AgencyError::line).toList());

        InvalidAgencyException tooFew = assertThrows(InvalidAgencyException.class,
                () -> RosterCsv.read(RosterCsv.HEADER + "\na,b,410482\n"));
        assertEquals("has 3 cells; the header has 7", tooFew.errors().get(0).detail());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter csv = RosterCsv.printer(out);
        RosterCsv.write(new RosterAgency.Listed("a", "=汝州市\"教育\"局, 汝州", "410482", AgencyKind.DEPARTMENT, "g",
                LocalDate.of(2019, 3, 1), null), csv);
        csv.flush();

        assertEquals(RosterCsv.HEADER + "\r\na,\"'=汝州市\"\"教育\"\"局, 汝州\",410482,DEPARTMENT,g,2019-03-01,\r\n",
                out.toString());
        RosterCsv.Line line = RosterCsv.read(out.toString()).get(0);
        assertEquals("=汝州市\"教育\"局, 汝州", line.cell("name"));
        assertEquals("2019-03-01", line.cell("activeFrom"));
    }
}

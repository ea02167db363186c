package gov.disclosure.reports.api;

import gov.disclosure.http.FailureProblems;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that hangs up halfway through its body is the client's doing: logged as that, never as an error. */
@QuarkusTest
class ClientGoneTest {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger failures = Logger.getLogger(FailureProblems.class.getName());

    @BeforeEach
    void listen() {
        failures.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        failures.removeHandler(handler);
    }

    @Test
    void aBulkBodyCutShortByTheClientIsNotAnError() throws Exception {
        String line = Fixtures.newReport("ruzhou-szfb-2024") + "\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reports/bulk HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-ndjson\r\nAccept: application/x-ndjson\r\n"
                    + "Authorization: Bearer " + Tokens.admin() + "\r\n"
                    + "Content-Length: 10000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write(line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(500);
        }

        assertTrue(awaitRecord(), "the service noticed the client went away: " + messages());
        assertTrue(records.stream().noneMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue()),
                "nothing logged as a warning or an error: " + messages());
    }

    private boolean awaitRecord() throws InterruptedException {
        for (int i = 0; i < 100 && records.isEmpty(); i++) {
            Thread.sleep(100);
        }
        return !records.isEmpty();
    }

    private List<String> messages() {
        return records.stream().map(record -> record.getLevel() + " " + record.getMessage()).toList();
    }
}

package gov.disclosure.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jose4j.jws.JsonWebSignature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalTokensTest {

    @TempDir
    Path keys;

    @Test
    void aSubmitterTokenNamesItsRegionAndAgencies() {
        String claims = claims(LocalTokens.token(LocalKeys.in(keys), "submitter", "410482", "410482-szfb", "410482-gaj"));

        assertTrue(claims.contains("\"groups\":[\"submitter\"]"), claims);
        assertTrue(claims.contains("\"region\":\"410482\""), claims);
        assertTrue(claims.contains("\"agency_ids\":[\"410482-szfb\",\"410482-gaj\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"" + LocalKeys.ISSUER + "\""), claims);
    }

    @Test
    void theKeysAreKeptSoThatTokensStayGood() throws Exception {
        LocalKeys first = LocalKeys.in(keys);
        LocalKeys again = LocalKeys.in(keys);

        assertEquals(first.publicKey(), again.publicKey());
        LocalKeys.publicKey(java.nio.file.Files.readString(keys.resolve("public.pem")));
    }

    @Test
    void aRoleWithTheWrongArgumentsIsRefusedWithTheUsage() {
        LocalKeys local = LocalKeys.in(keys);
        for (String[] args : new String[][] {{}, {"reviewer"}, {"submitter", "410482"}, {"viewer", "x"}, {"root"}}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> LocalTokens.token(local, args));
            assertTrue(refused.getMessage().startsWith("usage:"));
        }
    }

    @Test
    void aRegionThatIsNoneOfTheTablesIsRefused() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> LocalTokens.token(LocalKeys.in(keys), "reviewer", "999999"));

        assertTrue(refused.getMessage().contains("999999 is not a region"), refused.getMessage());
    }

    /** The script deploy/local/token signs with openssl, without a JVM: its tokens verify with the local key. */
    @Test
    void theTokenScriptSignsWhatTheServicesVerify() throws Exception {
        LocalKeys.in(keys);

        Script.Result signed = Script.run(keys, "submitter", "410482", "410482-szfb", "410482-gaj");

        assertEquals(0, signed.exit(), signed.output());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(signed.output().strip());
        jws.setKey(LocalKeys.publicKey(Files.readString(keys.resolve("public.pem"))));
        assertTrue(jws.verifySignature());
        String claims = jws.getPayload();
        assertTrue(claims.contains("\"groups\":[\"submitter\"]"), claims);
        assertTrue(claims.contains("\"region\":\"410482\""), claims);
        assertTrue(claims.contains("\"agency_ids\":[\"410482-szfb\",\"410482-gaj\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"" + LocalKeys.ISSUER + "\""), claims);
    }

    @Test
    void theTokenScriptRefusesWhatTheJavaToolRefuses() throws Exception {
        LocalKeys.in(keys);
        for (String[] args : new String[][] {{"reviewer", "999999"}, {"submitter", "410482", "not an id"}, {"root"}}) {
            Script.Result refused = Script.run(keys, args);
            assertEquals(2, refused.exit(), String.join(" ", args) + ": " + refused.output());
        }
    }

    /** deploy/local/token run with its keys in a folder of the test's. */
    private static final class Script {
        record Result(int exit, String output) {
        }

        static Result run(Path keys, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(ProjectLayout.find().root().resolve("deploy/local/token")
                    .toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("LOCAL_KEYS", keys.toAbsolutePath().toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            return new Result(process.waitFor(), output);
        }
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}

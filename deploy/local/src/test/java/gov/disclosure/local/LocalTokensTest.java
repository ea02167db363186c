package gov.disclosure.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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

        assertEquals(first.publicKeyLocation(), again.publicKeyLocation());
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

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}

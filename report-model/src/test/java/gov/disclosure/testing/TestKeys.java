package gov.disclosure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * A key pair made for this test run: the services verify tokens with its public key, {@link Tokens} signs with
 * its private key. Nothing is committed; production keys come from configuration only.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    private static KeyPair keys;
    private static Path publicKey;

    @Override
    public synchronized Map<String, String> start() {
        if (keys == null) {
            keys = generate();
            publicKey = writePublicKey(keys);
        }
        return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // kept for the next test class
    }

    static synchronized KeyPair keys() {
        if (keys == null) {
            throw new IllegalStateException("the test keys have not been made (TestKeys is not a test resource here)");
        }
        return keys;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }

    private static Path writePublicKey(KeyPair keys) {
        try {
            Path file = Files.createTempFile("test-token-key", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

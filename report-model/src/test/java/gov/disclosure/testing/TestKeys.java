package gov.disclosure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

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

    @Override
    public synchronized Map<String, String> start() {
        if (keys == null) {
            keys = generate();
        }
        return Map.of("quarkus.oidc.public-key", publicKey(), "quarkus.oidc.token.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // kept for the next test class
    }

    /** The public key as quarkus-oidc's {@code public-key} takes it: the base64 of its X.509 encoding. */
    static String publicKey() {
        return Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());
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
}

package gov.disclosure.local;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The key pair of a local system: the services verify tokens with its public key, and tokens for each role are
 * signed with its private key. Made once in a folder and kept, so that tokens printed earlier stay good. Only for
 * running on one machine; a deployment verifies the identity provider's keys.
 */
public final class LocalKeys {

    public static final String ISSUER = "http://localhost/disclosure-local";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private LocalKeys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The keys in {@code folder}, made if it has none. */
    public static LocalKeys in(Path folder) {
        Path publicPem = folder.resolve("public.pem");
        Path privatePem = folder.resolve("private.pem");
        try {
            if (!Files.isRegularFile(publicPem) || !Files.isRegularFile(privatePem)) {
                KeyPair pair = generate();
                Files.createDirectories(folder);
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            return new LocalKeys(publicPem, privateKey(Files.readString(privatePem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local keys in " + folder, e);
        }
    }

    /** The folder the keys are in (what deploy/local/token reads from LOCAL_KEYS). */
    public Path folder() {
        return publicKey.toAbsolutePath().getParent();
    }

    /** The public key as the services take it (OIDC_PUBLIC_KEY, quarkus-oidc's public-key): base64 of its X.509 form. */
    public String publicKey() {
        try {
            return Base64.getEncoder().encodeToString(der(Files.readString(publicKey)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local public key " + publicKey, e);
        }
    }

    /**
     * A signed token: the subject, its roles, and for submitters and reviewers the region and agencies.
     *
     * @param region    null for none
     * @param agencyIds empty for none
     */
    public String token(String subject, List<String> roles, String region, List<String> agencyIds, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toMinutes());
        claims.setStringListClaim("groups", roles);
        if (region != null) {
            claims.setClaim("region", region);
        }
        if (!agencyIds.isEmpty()) {
            claims.setStringListClaim("agency_ids", agencyIds);
        }
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    public String adminToken() {
        return token("local-admin", List.of("admin"), null, List.of(), Duration.ofHours(12));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has RSA", e);
        }
    }

    private static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the local private key cannot be read; delete deploy/local/.run/keys", e);
        }
    }

    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

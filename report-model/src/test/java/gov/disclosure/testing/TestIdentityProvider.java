package gov.disclosure.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OpenID Connect provider on the JDK's HTTP server, for tests of the sign-in: a discovery document, the JWKS,
 * an authorization endpoint that signs in at once whoever the test named ({@link #signInNextAs}) and redirects back
 * with a code, a token endpoint that exchanges the code for an ID token and an access token, and an end-session
 * endpoint. Tokens are signed with the run's {@link TestKeys} under the key id {@value #FIRST_KEY_ID}, until
 * {@link #rotateKeys()} makes a new signing key.
 *
 * <p>As a test resource it gives the configuration of the services' code-flow tenant {@code web} (and turns it on).
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "/realms/test";
    public static final String CLIENT_ID = "disclosure-web";
    public static final String CLIENT_SECRET = "a-client-secret-of-at-least-32-characters";
    static final String FIRST_KEY_ID = "test-key-1";

    /** Who signs in at the authorization endpoint: the subject, its roles, its region (null for none). */
    public record User(String subject, Set<String> roles, String region) {
    }

    public static final String BEARER_PATHS = "bearer-paths";

    private static HttpServer server;
    private String bearerPaths;
    private static final Map<String, KeyPair> KEYS = new LinkedHashMap<>();
    private static volatile String signingKeyId;
    private static volatile User next;
    private static volatile boolean down;
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();
    private static final AtomicInteger JWKS_REQUESTS = new AtomicInteger();
    private static final AtomicInteger TOKEN_REQUESTS = new AtomicInteger();

    private record Grant(User user, String nonce) {
    }

    @Override
    public Map<String, String> start() {
        String issuer = start(0);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.web.tenant-enabled", "true");
        config.put("quarkus.oidc.web.auth-server-url", issuer);
        config.put("quarkus.oidc.web.client-id", CLIENT_ID);
        config.put("quarkus.oidc.web.credentials.secret", CLIENT_SECRET);
        if (bearerPaths != null) {
            // bearer tokens of this provider (discovery, JWKS) on these paths, beside the run's key elsewhere
            config.put("quarkus.oidc.provider.application-type", "service");
            config.put("quarkus.oidc.provider.auth-server-url", issuer);
            config.put("quarkus.oidc.provider.tenant-paths", bearerPaths);
            config.put("quarkus.oidc.provider.roles.role-claim-path", "groups");
        }
        return config;
    }

    /** {@value #BEARER_PATHS}: the paths on which the service takes bearer tokens of this provider (tenant "provider"). */
    @Override
    public void init(Map<String, String> initArgs) {
        bearerPaths = initArgs.get(BEARER_PATHS);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Starts the provider on {@code port} (0: any free one); returns its issuer (the auth-server-url). */
    static synchronized String start(int port) {
        if (server == null) {
            new TestKeys().start(); // the run's keys, made once whoever starts first
            KEYS.clear();
            KEYS.put(FIRST_KEY_ID, TestKeys.keys());
            signingKeyId = FIRST_KEY_ID;
            try {
                server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext(REALM, TestIdentityProvider::handle);
            server.start();
        }
        return issuer();
    }

    public static String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + REALM;
    }

    /** The next sign-in at the authorization endpoint is this user's. */
    public static void signInNextAs(String subject, Set<String> roles, String region) {
        next = new User(subject, roles, region);
    }

    /** A new signing key under a new key id; the JWKS lists the old and the new key. */
    public static synchronized String rotateKeys() {
        String id = "test-key-" + (KEYS.size() + 1);
        KEYS.put(id, TestKeys.generate());
        signingKeyId = id;
        return id;
    }

    /** Whether every endpoint answers 503, as a provider that is down or restarting. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    public static int jwksRequests() {
        return JWKS_REQUESTS.get();
    }

    public static int tokenRequests() {
        return TOKEN_REQUESTS.get();
    }

    /** An access token of this provider for {@code user}, signed with the current signing key. */
    public static String accessToken(User user) {
        return sign(claims(user));
    }

    private static JwtClaimsBuilder claims(User user) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer()).subject(user.subject()).groups(user.roles()).expiresIn(3600);
        return user.region() == null ? claims : claims.claim("region", user.region());
    }

    private static String sign(JwtClaimsBuilder claims) {
        String keyId = signingKeyId;
        return claims.jws().keyId(keyId).algorithm(SignatureAlgorithm.RS256).sign(KEYS.get(keyId).getPrivate());
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                send(exchange, 503, "text/plain", "down");
                return;
            }
            String path = exchange.getRequestURI().getPath().substring(REALM.length());
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            switch (path) {
                case "/.well-known/openid-configuration" -> send(exchange, 200, "application/json", discovery());
                case "/jwks" -> {
                    JWKS_REQUESTS.incrementAndGet();
                    send(exchange, 200, "application/json", jwks());
                }
                case "/authorize" -> authorize(exchange, query);
                case "/token" -> token(exchange, form(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                case "/logout" -> redirect(exchange, query.getOrDefault("post_logout_redirect_uri", "/"));
                default -> send(exchange, 404, "text/plain", "no " + path);
            }
        }
    }

    private static String discovery() {
        String issuer = issuer();
        return """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}
                """.formatted(issuer);
    }

    private static synchronized String jwks() {
        List<JsonWebKey> keys = new ArrayList<>();
        KEYS.forEach((id, pair) -> {
            RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            key.setKeyId(id);
            key.setUse("sig");
            key.setAlgorithm("RS256");
            keys.add(key);
        });
        return new JsonWebKeySet(keys).toJson();
    }

    private static void authorize(HttpExchange exchange, Map<String, String> query) throws IOException {
        User user = next;
        String redirect = query.get("redirect_uri");
        if (user == null || redirect == null || !CLIENT_ID.equals(query.get("client_id"))) {
            send(exchange, 400, "text/plain", "no user to sign in, no redirect_uri or an unknown client");
            return;
        }
        String code = UUID.randomUUID().toString();
        CODES.put(code, new Grant(user, query.get("nonce")));
        String state = query.get("state");
        redirect(exchange, redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8)));
    }

    private static void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        TOKEN_REQUESTS.incrementAndGet();
        Grant grant = "authorization_code".equals(form.get("grant_type")) ? CODES.remove(form.get("code")) : null;
        if (grant == null) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        JwtClaimsBuilder id = claims(grant.user()).audience(CLIENT_ID).claim("azp", CLIENT_ID);
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        send(exchange, 200, "application/json", """
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":3600}
                """.formatted(sign(claims(grant.user())), sign(id)));
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}

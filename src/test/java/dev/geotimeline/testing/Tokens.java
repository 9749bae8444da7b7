package dev.geotimeline.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Real JWTs signed with the development key pair (dev/jwt), as a client would send them. */
public final class Tokens {

    public static final String ISSUER = "urn:geotimeline:dev";
    private static final Path PRIVATE_KEY = Path.of("dev", "jwt", "dev-private-key.pem");

    private Tokens() {}

    public static String token(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(Duration.ofHours(1))
                .sign(privateKey());
    }

    public static String editorToken() {
        return token("test-editor", Set.of("editor"));
    }

    /** A request authenticated as a member of the editor group. */
    public static RequestSpecification asEditor() {
        return given().header("Authorization", "Bearer " + editorToken());
    }

    public static RequestSpecification as(String subject, String... groups) {
        return given().header("Authorization", "Bearer " + token(subject, Set.of(groups)));
    }

    public static PrivateKey privateKey() {
        try {
            String pem = Files.readString(PRIVATE_KEY)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + PRIVATE_KEY, e);
        }
    }
}

package cl.clusterminero.gestion.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe tokens: {@code <userId>.<kind>.<HMAC-SHA256 of both>}, so a link turns off one kind for
 * one user and cannot be edited into another user's or another kind's.
 */
@Component
class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private final byte[] secret;

    UnsubscribeTokens(@Value("${app.mail.unsubscribe-secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            log.warn("MAIL_UNSUBSCRIBE_SECRET is not set: unsubscribe links in mail stop working at the next restart");
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    record Subject(long userId, NotificationKind kind) {
    }

    String token(long userId, NotificationKind kind) {
        String payload = userId + "." + kind.name();
        return payload + "." + signature(payload);
    }

    Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(signature(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Subject(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

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
 * One-click unsubscribe tokens: {@code <userId>.<kind>.<HMAC-SHA256 of both>} for a user and
 * {@code c<contactId>.<kind>.<HMAC>} for a member's contact, so a link turns off one kind for one person and cannot
 * be edited into another person's, another kind's, or a user's link into a contact's.
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

    /** Whose setting a link changes: a user's ({@code contact} false) or a member's contact's. */
    record Subject(long id, boolean contact, NotificationKind kind) {
    }

    String token(long userId, NotificationKind kind) {
        String payload = userId + "." + kind.name();
        return payload + "." + signature(payload);
    }

    String contactToken(long contactId, NotificationKind kind) {
        String payload = "c" + contactId + "." + kind.name();
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
            boolean contact = parts[0].startsWith("c");
            NotificationKind kind = NotificationKind.valueOf(parts[1]);
            if (contact != kind.toContacts()) {
                return Optional.empty();
            }
            return Optional.of(new Subject(Long.parseLong(contact ? parts[0].substring(1) : parts[0]), contact,
                    kind));
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

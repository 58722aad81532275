package cl.clusterminero.gestion.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The password rule (OWASP ASVS level 2): 12 to 128 characters, no composition rules, not one of the commonly used
 * passwords shipped in {@code security/common-passwords.txt}, and not containing the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    /** The i18n key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lowered)) {
            return Optional.of("password.common");
        }
        if (username != null && !username.isBlank() && lowered.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> passwords = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines()
                    .filter(line -> !line.startsWith("#!comment:") && !line.isBlank())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}

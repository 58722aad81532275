package cl.clusterminero.gestion.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:getTranslation|translate)\\(\\s*\"([a-z0-9.\\-]+)\"\\s*[,)]|title = \"([a-z0-9.\\-]+)\"");

    private final TranslationProvider provider = new TranslationProvider();

    @Test
    void spanish_and_english_bundles_have_the_same_keys() throws IOException {
        Set<String> spanish = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> english = load("/i18n/messages_en.properties").stringPropertyNames();
        assertThat(english).as("keys missing in English").containsAll(spanish);
        assertThat(spanish).as("keys missing in Spanish").containsAll(english);
    }

    @Test
    void every_key_written_literally_in_the_code_exists() throws IOException {
        Set<String> spanish = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(spanish).containsAll(used);
    }

    @Test
    void spanish_is_the_default_even_on_an_english_server() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(provider.getTranslation("login.submit", TranslationProvider.SPANISH_CHILE)).isEqualTo("Ingresar");
            assertThat(provider.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Ingresar");
            assertThat(provider.getTranslation("login.submit", Locale.UK)).isEqualTo("Log in");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void parameters_are_filled_in() {
        assertThat(provider.getTranslation("home.greeting", TranslationProvider.SPANISH_CHILE, "Carolina"))
                .isEqualTo("Hola, Carolina");
        assertThat(provider.getTranslation("users.count", TranslationProvider.SPANISH_CHILE, 1234L))
                .isEqualTo("1.234 usuarios");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

package cl.clusterminero.gestion.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Looks texts up in {@code i18n/messages*.properties}. The base bundle is Spanish (Chile); English lives in
 * {@code messages_en}. The JVM's default locale is never consulted, so a server set to English still shows Spanish.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale SPANISH_CHILE = Locale.of("es", "CL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n/messages";
    /** Remembers a user's language choice between sessions. */
    public static final String LANGUAGE_COOKIE = "gc-lang";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(SPANISH_CHILE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundleFor(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in locale {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Whether the bundle of {@code locale} has {@code key}, for texts with a fallback (audit field names). */
    public static boolean has(String key, Locale locale) {
        return bundleFor(locale).containsKey(key);
    }

    /** English when the locale's language is English, otherwise Spanish (Chile). */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : SPANISH_CHILE;
    }

    private static ResourceBundle bundleFor(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, supported == ENGLISH ? ENGLISH : Locale.ROOT, NO_FALLBACK);
    }
}

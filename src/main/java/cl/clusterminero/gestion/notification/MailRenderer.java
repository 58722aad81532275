package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Puts a message into words with the templates under {@code templates/mail/}: an HTML part (every value through
 * {@code th:text}, so markup in a name arrives as text) and a plain-text part. The engine is this class's own, so
 * no Spring MVC view resolution appears next to Vaadin.
 */
@Component
class MailRenderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final TranslationProvider texts;
    private final String baseUrl;

    MailRenderer(TranslationProvider texts, @Value("${app.mail.base-url}") String baseUrl) {
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** The absolute address of a screen, from APP_BASE_URL. */
    String url(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    RenderedMail render(MailContent content, String fullName, Locale locale, String unsubscribePath) {
        Object[] args = content.args().toArray();
        String prefix = "mail." + content.textKey();
        String subject = texts.getTranslation(prefix + ".subject", locale, args);
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("greeting", texts.getTranslation("mail.greeting", locale, fullName));
        context.setVariable("intro", texts.getTranslation(prefix + ".intro", locale, args));
        context.setVariable("items", content.items());
        context.setVariable("action", texts.getTranslation(prefix + ".action", locale));
        context.setVariable("link", url(content.path()));
        context.setVariable("footer", texts.getTranslation("mail.footer", locale));
        context.setVariable("unsubscribe", unsubscribePath == null ? null : url(unsubscribePath));
        context.setVariable("unsubscribeLabel", texts.getTranslation("mail.unsubscribe", locale));
        context.setVariable("preferences", url("/preferencias"));
        context.setVariable("preferencesLabel", texts.getTranslation("mail.preferences", locale));
        return new RenderedMail(subject, engine.process("message.html", context),
                engine.process("message.txt", context));
    }
}

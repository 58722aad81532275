package cl.clusterminero.gestion.notification;

import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import java.util.List;
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

    /**
     * A message to a user ({@code contact} false: footer about their account and a link to their preferences) or to
     * a member's contact (footer about the activity, no preferences page). {@code content.path()} null: no button.
     */
    RenderedMail render(MailContent content, String fullName, Locale locale, String unsubscribePath,
                        boolean contact) {
        Object[] args = content.args().toArray();
        String prefix = "mail." + content.textKey();
        String subject = texts.getTranslation(prefix + ".subject", locale, args);
        String link = content.path() == null ? null : url(content.path());
        String unsubscribe = unsubscribePath == null ? null : url(unsubscribePath);
        MailSection section = new MailSection(subject, texts.getTranslation(prefix + ".intro", locale, args),
                content.items(), link == null ? null : texts.getTranslation(prefix + ".action", locale), link,
                unsubscribe);
        Context context = frame(locale, subject, fullName, contact);
        context.setVariable("intro", section.intro());
        context.setVariable("items", section.items());
        context.setVariable("action", section.action());
        context.setVariable("link", link);
        context.setVariable("unsubscribe", unsubscribe);
        return new RenderedMail(subject, engine.process("message.html", context),
                engine.process("message.txt", context), section);
    }

    /** The morning message that carries several messages of a user, each as a section in the order written. */
    RenderedMail renderDigest(List<MailSection> sections, String fullName, Locale locale) {
        String subject = texts.getTranslation("mail.daily-digest.subject", locale, sections.size());
        Context context = frame(locale, subject, fullName, false);
        context.setVariable("intro", texts.getTranslation("mail.daily-digest.intro", locale, sections.size()));
        context.setVariable("sections", sections);
        return new RenderedMail(subject, engine.process("digest.html", context),
                engine.process("digest.txt", context), null);
    }

    private Context frame(Locale locale, String subject, String fullName, boolean contact) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("greeting", texts.getTranslation("mail.greeting", locale, fullName));
        context.setVariable("footer", texts.getTranslation(contact ? "mail.footer.contact" : "mail.footer", locale));
        context.setVariable("unsubscribeLabel", texts.getTranslation("mail.unsubscribe", locale));
        context.setVariable("preferences", contact ? null : url("/preferencias"));
        context.setVariable("preferencesLabel", texts.getTranslation("mail.preferences", locale));
        return context;
    }
}

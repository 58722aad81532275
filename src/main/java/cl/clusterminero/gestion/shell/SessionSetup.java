package cl.clusterminero.gestion.shell;

import cl.clusterminero.gestion.security.AppUserPrincipal;
import cl.clusterminero.gestion.security.ui.ChangePasswordView;
import cl.clusterminero.gestion.shared.i18n.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every new Vaadin session speaks Spanish (Chile) unless the user chose English (remembered in a cookie), and every
 * uncaught error in a click or other event becomes a notification with an incident number, while the details go to
 * the log only.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(chosenLocale(init.getRequest()));
            init.getSession().setErrorHandler(SessionSetup::handleError);
        });
        // Vaadin gives each new UI the browser's language when the provider offers it; the choice here wins.
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(chosenLocale(VaadinRequest.getCurrent()));
            init.getUI().addBeforeEnterListener(SessionSetup::sendToPasswordChangeIfRequired);
        });
    }

    /** A user whose password the admin reset goes to the password change before any other view. */
    private static void sendToPasswordChangeIfRequired(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class
                || VaadinSession.getCurrent().getAttribute(ChangePasswordView.CHANGED_ATTRIBUTE) != null) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal user
                && user.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }

    static Locale chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return TranslationProvider.SPANISH_CHILE;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> TranslationProvider.LANGUAGE_COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .orElse(TranslationProvider.SPANISH_CHILE);
    }

    private static void handleError(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key;
        if (causedBy(error, AccessDeniedException.class)) {
            key = "error.forbidden-action";
            log.warn("Refused action: {}", error.toString());
        } else if (causedBy(error, OptimisticLockingFailureException.class)) {
            key = "error.stale";
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error, incident {}", incident, error);
            show(translate("error.unexpected-action", incident));
            return;
        }
        show(translate(key));
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable current = error; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static String translate(String key, Object... params) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getTranslation(key, params);
        }
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null ? TranslationProvider.SPANISH_CHILE : session.getLocale();
        return new TranslationProvider().getTranslation(key, locale, params);
    }

    private static void show(String message) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

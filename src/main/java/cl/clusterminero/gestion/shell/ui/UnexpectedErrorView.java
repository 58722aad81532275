package cl.clusterminero.gestion.shell.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other failure while opening a view: a friendly message with an incident number the user can quote; the stack
 * trace goes to the log under the same number and never to the browser.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        super(VaadinIcon.WARNING, "unexpected-error");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error opening '{}', incident {}", event.getLocation().getPath(), incident,
                parameter.getCaughtException());
        show(getTranslation("error.unexpected.title"), getTranslation("error.unexpected.message", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

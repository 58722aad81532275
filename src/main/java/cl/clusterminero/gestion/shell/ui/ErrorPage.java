package cl.clusterminero.gestion.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common look of the not-found, access-denied and unexpected-error pages: icon, title, message, way home. */
abstract class ErrorPage extends VerticalLayout {

    private final H2 title = new H2();
    private final Paragraph message = new Paragraph();

    ErrorPage(VaadinIcon icon, String id) {
        setId(id);
        addClassName("error-page");
        setAlignItems(Alignment.CENTER);
        Icon picture = icon.create();
        picture.addClassName("error-icon");
        add(picture, title, message, new Anchor("", getTranslation("error.back-home")));
    }

    void show(String titleText, String messageText) {
        title.setText(titleText);
        message.setText(messageText);
    }
}

package cl.clusterminero.gestion.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to the member page (e.g. the member's engagement in activities), so the member
 * feature shows it without depending on that feature. Implementations are Spring beans; the tab's content is built
 * only when the user opens it.
 */
public interface MemberPageTab {

    /** i18n key of the tab's label. */
    String labelKey();

    /** The tab's content for one member. */
    Component create(long memberId);
}

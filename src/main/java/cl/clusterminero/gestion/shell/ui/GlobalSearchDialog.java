package cl.clusterminero.gestion.shell.ui;

import cl.clusterminero.gestion.shared.search.SearchGroup;
import cl.clusterminero.gestion.shared.search.SearchHit;
import cl.clusterminero.gestion.shell.GlobalSearchService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The navbar's search, opened by its button or Ctrl+K: one field, and the hits of every feature the user may read,
 * grouped under headings, each a link to its page (Tab moves through them; Enter in the field opens the first).
 * Built when opened and dropped when closed, so views do not carry it; any navigation closes it.
 */
class GlobalSearchDialog extends Dialog {

    private final GlobalSearchService search;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private final Paragraph summary = new Paragraph();
    private List<SearchGroup> groups = List.of();
    private String shownText;
    private Registration closeOnNavigation;

    GlobalSearchDialog(GlobalSearchService search) {
        this.search = search;
        setId("global-search");
        addClassName("global-search");
        setHeaderTitle(getTranslation("search.title"));
        field.setLabel(getTranslation("search.label"));
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setId("global-search-field");
        // No clear button: with one, Escape clears the text instead of closing the dialog.
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(event -> show(event.getValue()));
        field.addKeyDownListener(Key.ENTER, event -> openFirst());
        summary.setId("global-search-summary");
        summary.addClassName("global-search-summary");
        results.setId("global-search-results");
        results.addClassName("global-search-results");
        // Screen readers hear the new results without leaving the field.
        results.getElement().setAttribute("aria-live", "polite");
        add(field, results);
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                if (closeOnNavigation != null) {
                    closeOnNavigation.remove();
                }
                removeFromParent();
            }
        });
    }

    void openAndFocus() {
        open();
        field.focus();
        // A hit is a link: the router follows it even when the results were rebuilt under the pointer or the
        // keyboard (the link's own click listener then belongs to a removed element), and Back leaves the page too.
        closeOnNavigation = UI.getCurrent().addAfterNavigationListener(event -> close());
    }

    private void show(String text) {
        List<SearchGroup> found = search.search(text, getLocale());
        String stripped = text == null ? "" : text.strip();
        if (found.equals(groups) && stripped.equals(shownText)) {
            return;
        }
        if (found.equals(groups) && !groups.isEmpty()) {
            // Same hits for the longer text: the links stay, so the one the keyboard is on keeps its focus.
            shownText = stripped;
            summary.setText(getTranslation("search.summary", hitCount(), stripped));
            return;
        }
        groups = found;
        shownText = stripped;
        results.removeAll();
        if (stripped.isEmpty()) {
            return;
        }
        if (groups.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", stripped)));
            return;
        }
        summary.setText(getTranslation("search.summary", hitCount(), stripped));
        results.add(summary);
        for (SearchGroup group : groups) {
            H3 heading = new H3(getTranslation(group.headingKey()));
            heading.addClassName("global-search-group");
            Div list = new Div(heading);
            list.addClassName("global-search-list");
            for (SearchHit hit : group.hits()) {
                list.add(link(hit));
            }
            results.add(list);
        }
    }

    private long hitCount() {
        return groups.stream().mapToLong(group -> group.hits().size()).sum();
    }

    private Anchor link(SearchHit hit) {
        Span title = new Span(hit.title());
        title.addClassName("global-search-title");
        Span detail = new Span(hit.detail());
        detail.addClassName("global-search-detail");
        Anchor link = new Anchor(hit.location(), title, detail);
        link.addClassName("global-search-hit");
        link.getElement().addEventListener("click", event -> close());
        return link;
    }

    private void openFirst() {
        groups.stream().flatMap(group -> group.hits().stream()).findFirst().ifPresent(hit -> {
            close();
            UI.getCurrent().navigate(hit.location());
        });
    }
}

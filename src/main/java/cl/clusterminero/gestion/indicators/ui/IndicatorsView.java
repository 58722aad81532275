package cl.clusterminero.gestion.indicators.ui;

import cl.clusterminero.gestion.indicators.IndicatorLine;
import cl.clusterminero.gestion.indicators.IndicatorSection;
import cl.clusterminero.gestion.indicators.IndicatorService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cluster's management indicators of a chosen year as cards of figures (one column on a phone), each figure
 * linking to the list behind it; the same figures download as a PDF report and an Excel sheet.
 */
@Route("indicadores")
@PermitAll
@Menu(title = "nav.indicators", order = 17, icon = "vaadin:chart")
public class IndicatorsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IndicatorService indicatorService;
    private final Select<Integer> year = new Select<>();
    private final Div cards = new Div();
    private final HorizontalLayout downloads = new HorizontalLayout();

    public IndicatorsView(IndicatorService indicatorService) {
        this.indicatorService = indicatorService;
        Paragraph intro = new Paragraph(getTranslation("indicators.intro"));
        intro.addClassName("view-intro");
        List<Integer> years = indicatorService.years();
        year.setLabel(getTranslation("indicators.year"));
        year.setItems(years);
        year.setItemLabelGenerator(String::valueOf);
        year.setId("indicators-year");
        year.setValue(years.getFirst());
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        downloads.setWrap(true);
        HorizontalLayout top = new HorizontalLayout(year, downloads);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        cards.addClassName("dashboard");
        cards.setId("indicators");
        Paragraph definitions = new Paragraph(getTranslation("indicators.definitions"));
        definitions.addClassName("help-text");
        add(intro, top, cards, definitions);
        year.addValueChangeListener(event -> show());
        show();
    }

    private void show() {
        int chosen = year.getValue();
        Locale locale = getLocale();
        cards.removeAll();
        for (IndicatorSection section : indicatorService.sections(chosen, locale)) {
            Div card = new Div(new H3(section.title()));
            card.addClassNames("dashboard-card", "indicator-card");
            card.setId("indicators-" + section.id());
            for (IndicatorLine line : section.lines()) {
                card.add(row(line));
            }
            cards.add(card);
        }
        downloads.removeAll();
        downloads.add(download("indicators-pdf", VaadinIcon.FILE_TEXT_O, "indicators.pdf",
                "indicadores-" + chosen + ".pdf", "application/pdf", () -> indicatorService.pdf(chosen, locale)));
        downloads.add(download("indicators-excel", VaadinIcon.FILE_TABLE, "indicators.excel",
                "indicadores-" + chosen + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                () -> indicatorService.excel(chosen, locale)));
    }

    private static Div row(IndicatorLine line) {
        Span value = new Span(line.text());
        value.addClassName("indicator-value");
        value.setId("indicator-" + line.id());
        Div row = new Div();
        row.addClassName("indicator-row");
        if (line.href() == null) {
            Span label = new Span(line.label());
            label.addClassName("indicator-label");
            row.add(label, value);
        } else {
            Anchor label = new Anchor(line.href(), line.label());
            label.addClassName("indicator-label");
            label.setId("indicator-link-" + line.id());
            row.add(label, value);
        }
        return row;
    }

    private Anchor download(String id, VaadinIcon icon, String labelKey, String fileName, String type,
                            Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        link.add(icon.create(), new Span(" " + getTranslation(labelKey)));
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }

    /** Links may name the year: {@code ?anio=2025}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("anio").flatMap(IndicatorsView::parse)
                .filter(value -> indicatorService.years().contains(value)).ifPresent(year::setValue);
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.indicators");
    }
}

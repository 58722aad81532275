package cl.clusterminero.gestion.board.ui;

import cl.clusterminero.gestion.board.ResolutionRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

/** A resolution's state (open, done, overdue) as a coloured badge in grids. */
final class ResolutionBadge {

    private ResolutionBadge() {
    }

    static LitRenderer<ResolutionRow> renderer(Component owner) {
        return LitRenderer.<ResolutionRow>of(
                        "<span class=\"status-badge resolution-${item.state}\">${item.label}</span>")
                .withProperty("state", row -> row.state().name())
                .withProperty("label", row -> owner.getTranslation(row.state().labelKey()));
    }
}

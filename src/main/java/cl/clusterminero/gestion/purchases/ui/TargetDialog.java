package cl.clusterminero.gestion.purchases.ui;

import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.PurchaseTargetRow;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
/** The admin adds or changes a roadmap's target for the regional share of purchases in one year, or removes it. */
class TargetDialog extends Dialog {

    TargetDialog(LocalPurchaseService service, long roadmapId, PurchaseTargetRow existing, Runnable afterChange) {
        setHeaderTitle(getTranslation(existing == null ? "purchases.targets.add" : "purchases.targets.edit"));
        IntegerField year = new IntegerField(getTranslation("purchases.figures.year"));
        year.setId("target-year");
        BigDecimalField share = new BigDecimalField(getTranslation("purchases.targets.share"));
        share.setSuffixComponent(new Span("%"));
        share.setId("target-share");
        if (existing != null) {
            year.setValue(existing.year());
            share.setValue(existing.regionalShare());
        }
        add(new VerticalLayout(year, share));
        Map<String, HasValidation> fields = Map.of("year", year, "share", share);

        Button save = new Button(getTranslation("dialog.save"), click -> {
            SaveAttempt.run(this, () -> {
                service.saveTarget(roadmapId, existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(), year.getValue(), share.getValue());
                Notices.success(getTranslation("purchases.targets.saved"));
                close();
                afterChange.run();
            }, fields, "purchases.targets.stale", () -> {
                close();
                afterChange.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("target-save");
        Button cancel = new Button(getTranslation("dialog.cancel"), click -> close());
        getFooter().add(cancel, save);
        if (existing != null) {
            Button delete = new Button(getTranslation("dialog.delete"), click -> SaveAttempt.run(this, () -> {
                service.deleteTarget(existing.id(), existing.version());
                close();
                afterChange.run();
            }, Map.of(), "purchases.targets.stale", () -> {
                close();
                afterChange.run();
            }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("target-delete");
            getFooter().addComponentAsFirst(delete);
        }
    }
}

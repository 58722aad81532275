package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.program.ProgramOption;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.roadmap.InitiativeDraft;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.shared.ui.Notices;
import cl.clusterminero.gestion.shared.ui.SaveAttempt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
/** Creates an initiative in a roadmap, or edits one, in a dialog; the service applies the row-level rule again. */
class InitiativeDialog extends Dialog {

    /** The programs a user may put an initiative in: all for the admin, the ones they manage otherwise. */
    static List<ProgramOption> allowedPrograms(ProgramService programService, CurrentUser currentUser) {
        List<ProgramOption> all = programService.options();
        if (currentUser.hasRole(Role.ADMIN)) {
            return all;
        }
        Set<Long> managed = programService.managedByCurrentUser();
        return all.stream().filter(option -> managed.contains(option.id())).toList();
    }

    InitiativeDialog(RoadmapService roadmapService, List<ProgramOption> programs, long roadmapId, Long initiativeId,
                     long version, InitiativeDraft current, LongConsumer afterSave) {
        setHeaderTitle(getTranslation(initiativeId == null ? "initiative.new" : "initiative.edit"));
        setWidth("56rem");
        setId("initiative-dialog");
        InitiativeForm form = new InitiativeForm(roadmapService.axes(roadmapId), programs);
        if (current != null) {
            form.read(current);
        }
        add(form);
        Button save = new Button(getTranslation("dialog.save"), click -> {
            InitiativeDraft draft = form.write(current == null ? null : current.leadMemberId());
            SaveAttempt.run(this, () -> {
                long id = initiativeId == null ? roadmapService.createInitiative(roadmapId, draft) : initiativeId;
                if (initiativeId != null) {
                    roadmapService.updateInitiative(initiativeId, version, draft);
                }
                Notices.success(getTranslation("initiative.saved"));
                close();
                afterSave.accept(id);
            }, form.fields(), "initiative.stale", () -> {
                close();
                afterSave.accept(initiativeId);
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("initiative-save");
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }
}

package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityDetails;
import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.AttendanceImportRow;
import cl.clusterminero.gestion.security.Roles;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import cl.clusterminero.gestion.shared.ui.ImportPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/**
 * An activity's attendance list from CSV or Excel (member RUT, contact e-mail, asistió / justificó / no asistió),
 * in the two steps of every import: a dry run with each row's problems, then all rows or none. Only for a held
 * activity the user may edit (the service refuses the rest, whatever this screen shows).
 */
@Route("actividades/:id/asistencia")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.PROGRAM_MANAGER})
public class AttendanceImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityService activityService;
    private long activityId;
    private ImportPanel<AttendanceImportRow> panel;

    public AttendanceImportView(ActivityService activityService) {
        this.activityService = activityService;
        addClassName("attendance-import-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActivityDetails activity;
        try {
            activityId = Long.parseLong(event.getRouteParameters().get(ActivityView.ID).orElse(""));
            activity = activityService.activity(activityId);
        } catch (NumberFormatException | NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("activity.not-found"));
            return;
        }
        if (!activity.mayEdit()) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        removeAll();
        H2 heading = new H2(activity.data().title());
        heading.setId("attendance-import-activity");
        Button back = new Button(getTranslation("attendance.import.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> toActivity());
        panel = new ImportPanel<>("attendance.import", ActivityService.ATTENDANCE_COLUMNS,
                "plantilla-asistencia.csv", (name, content) -> activityService.attendancePreview(activityId, name,
                content), (name, content, approved) -> activityService.attendanceCommit(activityId, name, content,
                approved), back, this::toActivity);
        add(heading, panel);
    }

    /** Shows the dry run of a file and keeps it for the commit (what the upload does once a file arrives). */
    public void show(String name, byte[] data, ImportPreview<AttendanceImportRow> preview) {
        panel.show(name, data, preview);
    }

    private void toActivity() {
        getUI().ifPresent(ui -> ui.navigate(ActivityView.class, new RouteParameters(ActivityView.ID,
                String.valueOf(activityId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.import.title");
    }
}

package cl.clusterminero.gestion.board.ui;

import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingRow;
import cl.clusterminero.gestion.security.CurrentUser;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.PhoneColumns;
import cl.clusterminero.gestion.shared.ui.RowOpening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/** Board meetings, latest first; the secretariat creates them here, everyone opens one to read its agenda and acuerdos. */
@Route("directorio/sesiones")
@PermitAll
@Menu(title = "nav.meetings", order = 32, icon = "vaadin:group")
public class MeetingListView extends VerticalLayout implements HasDynamicTitle {

    public MeetingListView(BoardMeetingService meetingService, CurrentUser currentUser) {
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("meetings.intro"));
        intro.addClassName("view-intro");
        HorizontalLayout top = new HorizontalLayout(intro);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        if (currentUser.mayCall(BoardMeetingService.class, "createMeeting")) {
            Button create = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(),
                    click -> new MeetingDialog(meetingService, null, 0, null, id -> open(id)).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-meeting");
            top.add(create);
            top.expand(intro);
        }

        Grid<MeetingRow> grid = new Grid<>(MeetingRow.class, false);
        grid.setId("meetings-grid");
        grid.addColumn(row -> DisplayFormats.date(row.date())).setHeader(getTranslation("meeting.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.kind().labelKey())).setHeader(getTranslation("meeting.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.location() == null ? "—" : row.location())
                .setHeader(getTranslation("meeting.location")).setFlexGrow(2);
        grid.addColumn(MeetingRow::attendees).setHeader(getTranslation("meeting.attendees")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::agendaItems).setHeader(getTranslation("meeting.agenda")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.resolutions() == 0 ? "—"
                        : getTranslation("meetings.open-of", row.openResolutions(), row.resolutions()))
                .setHeader(getTranslation("meetings.open-resolutions")).setAutoWidth(true).setFlexGrow(0);
        // On a phone: when and what kind of meeting; its page has the rest.
        PhoneColumns.keep(grid, grid.getColumns().get(0), grid.getColumns().get(1));
        grid.setItems(query -> meetingService.meetings(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) meetingService.countMeetings());
        RowOpening.on(grid, row -> open(row.id()));
        grid.setEmptyStateText(getTranslation("meetings.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(top, grid);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new RouteParameters(MeetingView.ID, String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings");
    }
}

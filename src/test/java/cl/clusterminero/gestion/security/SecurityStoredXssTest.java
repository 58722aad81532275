package cl.clusterminero.gestion.security;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.board.BoardMeetingService;
import cl.clusterminero.gestion.board.MeetingDraft;
import cl.clusterminero.gestion.board.MeetingKind;
import cl.clusterminero.gestion.board.ResolutionDraft;
import cl.clusterminero.gestion.board.ResolutionService;
import cl.clusterminero.gestion.board.ui.MeetingView;
import cl.clusterminero.gestion.board.ui.MyResolutionsView;
import cl.clusterminero.gestion.member.Commune;
import cl.clusterminero.gestion.member.CompanySize;
import cl.clusterminero.gestion.member.ContactDraft;
import cl.clusterminero.gestion.member.MemberDraft;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.member.MemberType;
import cl.clusterminero.gestion.member.MembershipStatus;
import cl.clusterminero.gestion.member.ui.MemberEditorView;
import cl.clusterminero.gestion.member.ui.MemberListView;
import cl.clusterminero.gestion.purchases.LocalPurchaseService;
import cl.clusterminero.gestion.purchases.PurchaseTestData;
import cl.clusterminero.gestion.purchases.ui.LocalPurchaseEditorView;
import cl.clusterminero.gestion.roadmap.InitiativeDraft;
import cl.clusterminero.gestion.roadmap.InitiativeStatus;
import cl.clusterminero.gestion.roadmap.MilestoneDraft;
import cl.clusterminero.gestion.roadmap.MilestoneService;
import cl.clusterminero.gestion.roadmap.MilestoneStatus;
import cl.clusterminero.gestion.roadmap.Priority;
import cl.clusterminero.gestion.roadmap.ProgressDraft;
import cl.clusterminero.gestion.roadmap.ReviewDecision;
import cl.clusterminero.gestion.roadmap.ReviewDraft;
import cl.clusterminero.gestion.roadmap.ReviewService;
import cl.clusterminero.gestion.roadmap.RoadmapFixture;
import cl.clusterminero.gestion.roadmap.RoadmapReportService;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.roadmap.ui.InitiativeView;
import cl.clusterminero.gestion.roadmap.ui.MyMilestonesView;
import cl.clusterminero.gestion.shared.ui.Notices;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored XSS: an {@code <img src=x onerror=…>} and a {@code <script>} typed into the text fields of members,
 * contacts, initiatives, milestones, progress comments, reviews, meetings, resolutions and local purchase reports
 * come back as text in the grids, forms and pages that show them (no img/script element, no innerHTML, no Html
 * component anywhere in the UI tree), in notifications, and as literal text in the minutes and status report PDFs.
 * The browser check (no script runs, no dialog opens) is {@code e2e.HttpSecurityJourneyIT}.
 */
@IntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class SecurityStoredXssTest extends SpringBrowserlessTest {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "<script>alert(2)</script>";

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired MemberService memberService;
    @Autowired RoadmapService roadmapService;
    @Autowired MilestoneService milestoneService;
    @Autowired ReviewService reviewService;
    @Autowired BoardMeetingService meetingService;
    @Autowired ResolutionService resolutionService;
    @Autowired LocalPurchaseService purchaseService;
    @Autowired RoadmapReportService reportService;

    String tag;
    RoadmapFixture fixture;

    @BeforeEach
    void data() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        fixture = RoadmapFixture.create(context);
    }

    private String img(String what) {
        return IMG + " " + what + " " + tag;
    }

    private String script(String what) {
        return SCRIPT + " " + what + " " + tag;
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void member_fields_and_contacts_show_as_text_in_the_list_and_the_member_page() {
        MemberDraft draft = new MemberDraft();
        draft.setRut(PurchaseTestData.freshRut());
        draft.setLegalName(img("Minera"));
        draft.setTradeName(script("Fantasía"));
        draft.setActivity(script("Giro"));
        draft.setAddress(img("Calle"));
        draft.setNotes(img("Nota") + "\n" + script("Nota"));
        draft.setType(MemberType.MINING_COMPANY);
        draft.setCommune(Commune.CALAMA);
        draft.setSize(CompanySize.LARGE);
        draft.setStatus(MembershipStatus.ACTIVE);
        draft.setJoinDate(LocalDate.of(2022, 1, 10));
        long member = memberService.create(draft);
        ContactDraft contact = new ContactDraft();
        contact.setFullName(img("Contacto"));
        contact.setPosition(script("Cargo"));
        memberService.saveContact(member, contact);

        navigate(MemberListView.class);
        test($(TextField.class).id("members-search")).setValue(img("Minera"));
        assertShownAsText(img("Minera"));

        navigate("socios/" + member, MemberEditorView.class);
        assertShownAsText(img("Minera"), script("Fantasía"), script("Giro"), img("Calle"),
                img("Nota") + "\n" + script("Nota"));
        assertThat(memberService.contacts(member).toString()).contains(img("Contacto"), script("Cargo"));
    }

    @Test
    @WithAppUser(value = Role.PROGRAM_MANAGER, username = "pm.a", fullName = "Gestora A")
    void initiative_milestone_progress_and_review_texts_show_as_text_and_in_the_status_report_pdf() throws Exception {
        long initiative = roadmapService.createInitiative(fixture.roadmapId, new InitiativeDraft(fixture.axisId,
                fixture.programA, "X" + tag, img("Iniciativa"), script("Descripción"), img("Responsable"), null,
                null, null, Priority.HIGH, InitiativeStatus.IN_PROGRESS, script("Indicador"), null, null, null,
                null));
        LocalDate due = fixture.today().minusDays(2);
        long milestone = milestoneService.addMilestone(initiative, new MilestoneDraft(img("Hito"), due, 1, null));
        long version = roadmapService.milestones(initiative).getFirst().version();
        milestoneService.recordProgress(milestone, version, new ProgressDraft(MilestoneStatus.IN_PROGRESS, 30, null,
                script("Avance")));
        TestLogin.as(jdbc, "board.a", Role.BOARD, () -> reviewService.review(initiative,
                new ReviewDraft(ReviewDecision.NOTE, img("Revisión"))));

        navigate(InitiativeView.class, Map.of("id", String.valueOf(initiative)));
        assertShownAsText(img("Iniciativa"), script("Descripción"), img("Responsable"), img("Hito"),
                script("Avance"), img("Revisión"));

        navigate(MyMilestonesView.class);
        assertShownAsText(img("Hito"));

        try (PDDocument pdf = Loader.loadPDF(reportService.statusReport(fixture.roadmapId, Locale.of("es", "CL")))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(img("Hito"));
        }
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a", fullName = "Secretaria A")
    void meeting_agenda_and_resolution_texts_show_as_text_and_in_the_minutes_pdf() throws Exception {
        long meeting = meetingService.createMeeting(new MeetingDraft(fixture.today().plusDays(3),
                MeetingKind.EXTRAORDINARY, img("Lugar"), script("Notas"), Set.of(userId("board.a"))));
        meetingService.addTopicToAgenda(meeting, script("Tema"));
        resolutionService.record(meeting, new ResolutionDraft(img("Acuerdo"), userId("pm.a"),
                fixture.today().plusDays(30)));

        navigate(MeetingView.class, Map.of("id", String.valueOf(meeting)));
        assertShownAsText(img("Lugar"), script("Tema"), img("Acuerdo"));

        try (PDDocument pdf = Loader.loadPDF(meetingService.minutesPdf(meeting, Locale.of("es", "CL")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(img("Lugar"), script("Tema"), img("Acuerdo"));
        }
        TestLogin.as(jdbc, "pm.a", Role.PROGRAM_MANAGER, () -> {
            navigate(MyResolutionsView.class);
            assertShownAsText(img("Acuerdo"));
            return null;
        });
    }

    @Test
    @WithAppUser(value = Role.SECRETARIAT, username = "sec.a")
    void a_local_purchase_note_shows_as_text() {
        long company = PurchaseTestData.miningCompany(memberService, img("Mandante"));
        var draft = PurchaseTestData.draft(company, 2019, null, 1_000_000, 400_000);
        draft.setNote(script("Nota de compras"));
        long report = purchaseService.create(draft);

        navigate(LocalPurchaseEditorView.class, Map.of("id", String.valueOf(report)));
        assertShownAsText(script("Nota de compras"));
    }

    @Test
    void notifications_show_their_message_as_text() {
        Notices.error(img("Aviso"));
        Notification notification = $(Notification.class).last();
        assertThat(notification.getElement().getChildren().toList()).isEmpty();
        assertThat(notification.getElement().getProperty("text")).isEqualTo(img("Aviso"));
    }

    /**
     * Each text appears as text (in an element's text, a field's value or a grid cell), and the UI tree holds no
     * element that markup from a user could have created.
     */
    private void assertShownAsText(String... texts) {
        StringBuilder shown = new StringBuilder();
        List<String> markup = new ArrayList<>();
        for (Component component : $(Component.class).all()) {
            Element element = component.getElement();
            if (element.isTextNode()) {
                shown.append('\n').append(element.getText());
                continue;
            }
            String tag = element.getTag();
            if (tag.equals("img") || tag.equals("script")) {
                markup.add("<" + tag + "> in the UI tree");
            }
            if (element.hasProperty("innerHTML")) {
                markup.add("innerHTML on <" + tag + ">");
            }
            if (component instanceof HasValue<?, ?> field && field.getValue() != null) {
                shown.append('\n').append(field.getValue());
            }
            shown.append('\n').append(element.getTextRecursively());
        }
        for (Grid grid : $(Grid.class).all()) {
            int rows = Math.min(test(grid).size(), 200);
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < grid.getColumns().size(); column++) {
                    try {
                        shown.append('\n').append(test(grid).getCellText(row, column));
                    } catch (RuntimeException notText) {
                        // a component column: its components are among those above
                    }
                }
            }
        }
        assertThat($(Html.class).all()).isEmpty();
        assertThat(markup).as("elements made from markup").isEmpty();
        assertThat(shown.toString()).contains(texts);
    }
}

package cl.clusterminero.gestion.activity.ui;

import cl.clusterminero.gestion.activity.ActivityService;
import cl.clusterminero.gestion.activity.ChallengeService;
import cl.clusterminero.gestion.activity.MemberActivity;
import cl.clusterminero.gestion.activity.MemberEngagement;
import cl.clusterminero.gestion.activity.MemberMeeting;
import cl.clusterminero.gestion.activity.SignedContract;
import cl.clusterminero.gestion.activity.SupplierChallenge;
import cl.clusterminero.gestion.shared.DisplayFormats;
import cl.clusterminero.gestion.shared.ui.MemberPageTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The member page's "Participación" tab: activities, business-round meetings, contracts, challenges, last contact. */
@org.springframework.stereotype.Component
class EngagementTab implements MemberPageTab {

    private final ActivityService activityService;
    private final ChallengeService challengeService;

    EngagementTab(ActivityService activityService, ChallengeService challengeService) {
        this.activityService = activityService;
        this.challengeService = challengeService;
    }

    @Override
    public String labelKey() {
        return "engagement.tab";
    }

    @Override
    public Component create(long memberId) {
        return new EngagementPanel(activityService.engagement(memberId), challengeService.appliedBy(memberId));
    }

    /** The tab's content, built once for one member. */
    static final class EngagementPanel extends VerticalLayout {

        EngagementPanel(MemberEngagement engagement, List<SupplierChallenge> challenges) {
            setPadding(false);
            setId("engagement-panel");
            Paragraph last = new Paragraph(engagement.lastContact() == null ? getTranslation("engagement.no-contact")
                    : getTranslation("engagement.last-contact", DisplayFormats.date(engagement.lastContact())));
            last.setId("engagement-last-contact");
            add(last);

            add(new H4(getTranslation("engagement.activities")));
            Grid<MemberActivity> activities = grid(engagement.activities(), "engagement.activities.empty");
            activities.setId("engagement-activities");
            activities.addComponentColumn(row -> new Anchor("actividades/" + row.activityId(), row.title()))
                    .setHeader(getTranslation("activity.title")).setFlexGrow(3);
            activities.addColumn(row -> DisplayFormats.date(row.startsAt().toLocalDate()))
                    .setHeader(getTranslation("engagement.date")).setWidth("8rem").setFlexGrow(0);
            activities.addColumn(row -> getTranslation(row.kind().labelKey()))
                    .setHeader(getTranslation("activity.kind")).setFlexGrow(1);
            activities.addColumn(row -> getTranslation("engagement.attended", row.attended(), row.registered()))
                    .setHeader(getTranslation("activity.attendance")).setFlexGrow(1);
            add(activities);

            add(new H4(getTranslation("engagement.meetings")));
            Grid<MemberMeeting> meetings = grid(engagement.meetings(), "engagement.meetings.empty");
            meetings.setId("engagement-meetings");
            meetings.addColumn(row -> DisplayFormats.date(row.date()) + " " + row.slot())
                    .setHeader(getTranslation("engagement.date")).setWidth("10rem").setFlexGrow(0);
            meetings.addColumn(MemberMeeting::counterpartName).setHeader(getTranslation("engagement.counterpart"))
                    .setFlexGrow(2);
            meetings.addColumn(row -> row.outcome() == null ? getTranslation("activity.outcome.none")
                    : getTranslation(row.outcome().labelKey())).setHeader(getTranslation("activity.meeting.outcome"))
                    .setFlexGrow(1);
            add(meetings);

            add(new H4(getTranslation("engagement.contracts")));
            Grid<SignedContract> contracts = grid(engagement.contracts(), "engagement.contracts.empty");
            contracts.setId("engagement-contracts");
            contracts.addColumn(row -> DisplayFormats.date(row.date())).setHeader(getTranslation("engagement.date"))
                    .setWidth("8rem").setFlexGrow(0);
            contracts.addColumn(SignedContract::counterpartName).setHeader(getTranslation("engagement.counterpart"))
                    .setFlexGrow(2);
            contracts.addColumn(row -> row.amount() == null ? "—" : DisplayFormats.clp(row.amount()))
                    .setHeader(getTranslation("activity.meeting.amount")).setFlexGrow(1);
            contracts.addColumn(SignedContract::activityTitle).setHeader(getTranslation("nav.activities"))
                    .setFlexGrow(2);
            add(contracts);

            add(new H4(getTranslation("engagement.challenges")));
            Grid<SupplierChallenge> applied = grid(challenges, "engagement.challenges.empty");
            applied.setId("engagement-challenges");
            applied.addComponentColumn(row -> new Anchor("desafios/" + row.challengeId(), row.title()))
                    .setHeader(getTranslation("challenge.title")).setFlexGrow(3);
            applied.addColumn(SupplierChallenge::miningCompanyName).setHeader(getTranslation("challenge.mining"))
                    .setFlexGrow(2);
            applied.addColumn(row -> row.won() ? getTranslation("engagement.won") : row.shortlisted()
                    ? getTranslation("challenge.shortlisted") : getTranslation(row.status().labelKey()))
                    .setHeader(getTranslation("challenge.status")).setFlexGrow(1);
            add(applied);
        }

        private <T> Grid<T> grid(List<T> rows, String emptyKey) {
            Grid<T> grid = new Grid<>();
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText(getTranslation(emptyKey));
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            return grid;
        }
    }
}

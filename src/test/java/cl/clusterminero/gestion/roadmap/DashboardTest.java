package cl.clusterminero.gestion.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.program.ProgramService;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shell.ui.HomeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures against a hand-computed data set, and the pictures the home view draws from them. */
@IntegrationTest
@WithAppUser(Role.ADMIN)
class DashboardTest extends SpringBrowserlessTest {

    @Autowired RoadmapRepository roadmaps;
    @Autowired StrategicAxisRepository axes;
    @Autowired InitiativeRepository initiatives;
    @Autowired MilestoneRepository milestones;
    @Autowired ProgramService programService;
    @Autowired RoadmapService roadmapService;
    @Autowired MilestoneService milestoneService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    RoadmapFixture fixture;
    Long previousCurrent;

    @BeforeEach
    void knownRoadmap() {
        fixture = new RoadmapFixture(roadmaps, axes, initiatives, milestones, programService, jdbc, clock);
        fixture.reset();
        previousCurrent = roadmapService.roadmaps().stream().filter(RoadmapOption::current).map(RoadmapOption::id)
                .findFirst().orElse(null);
        roadmapService.makeCurrent(fixture.roadmapId);
    }

    @AfterEach
    void restoreCurrentRoadmap() {
        if (previousCurrent != null) {
            roadmapService.makeCurrent(previousCurrent);
        }
    }

    @Test
    void the_summary_matches_the_hand_computed_figures_and_the_home_view_draws_them() {
        long delayed = fixture.initiative("D1", fixture.programA);
        fixture.milestone(delayed, fixture.today().minusDays(2), 1, MilestoneStatus.IN_PROGRESS, 50);
        fixture.milestone(delayed, fixture.today().minusDays(30), 1, MilestoneStatus.DONE, 100);
        long atRisk = fixture.initiative("R1", fixture.programA);
        long soon = fixture.milestone(atRisk, fixture.today().plusDays(5), 1, MilestoneStatus.IN_PROGRESS, 10);
        fixture.initiative("E1", fixture.programA);
        milestoneService.recordProgress(soon, roadmapService.milestones(atRisk).getFirst().version(),
                new ProgressDraft(MilestoneStatus.IN_PROGRESS, 20, null, "Avance parcial"));

        RoadmapSummary summary = roadmapService.currentSummary().orElseThrow();

        assertThat(summary.roadmapId()).isEqualTo(fixture.roadmapId);
        assertThat(summary.byHealth()).containsEntry(Health.DELAYED, 1).containsEntry(Health.AT_RISK, 1)
                .containsEntry(Health.ON_TRACK, 1);
        assertThat(summary.byStatus()).containsExactly(Map.entry(InitiativeStatus.IN_PROGRESS, 3));
        assertThat(summary.overdueMilestones()).isEqualTo(1);
        assertThat(summary.dueSoonMilestones()).isEqualTo(1);
        // (75 + 20 + 0) / 3 = 31.7
        assertThat(summary.axes()).singleElement().satisfies(axis -> assertThat(axis.progress()).isEqualTo(32));
        assertThat(summary.latestUpdates()).singleElement()
                .satisfies(update -> assertThat(update.initiativeId()).isEqualTo(atRisk));

        navigate(HomeView.class);
        assertThat($(Div.class).id("dashboard-axis-AX").getElement().getTextRecursively()).contains("32 %");
        Anchor delayedTile = $(Anchor.class).id("dashboard-health-DELAYED");
        assertThat(delayedTile.getHref()).isEqualTo("hoja-de-ruta?salud=DELAYED");
        assertThat(delayedTile.getElement().getTextRecursively()).startsWith("1");
        assertThat($(Anchor.class).id("dashboard-overdue").getElement().getTextRecursively()).startsWith("1");
    }
}

package cl.clusterminero.gestion.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.member.Rut;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.security.ui.UserListView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The navbar's search dialog: what it says about its results, and that leaving the page closes it. */
@IntegrationTest
@WithAppUser(value = Role.ADMIN, username = "admin.dialog")
class GlobalSearchDialogTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_summary_names_the_text_and_the_same_hits_for_a_longer_text_keep_their_links() {
        String tag = "Kw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        int number = ThreadLocalRandom.current().nextInt(30_000_000, 60_000_000);
        jdbc.update("""
                insert into member (rut, legal_name, member_type, company_size, commune, status, join_date, created_at,
                                    created_by, updated_at, updated_by)
                values (?, ?, 'SUPPLIER', 'SMALL', 'CALAMA', 'ACTIVE', '2021-03-15', now(), 'test', now(), 'test')
                """, new Rut(number, Rut.checkDigitOf(number)).normalised(), "Servicios " + tag + " SpA");
        navigate(HomeView.class);
        test($(Button.class).id("global-search-button")).click();
        TextField field = $(TextField.class).id("global-search-field");

        field.setValue(tag.substring(0, 7));
        List<Anchor> first = $(Anchor.class).withClassName("global-search-hit").all();
        assertThat(first).singleElement().satisfies(hit -> assertThat(hit.getElement().getTextRecursively())
                .startsWith("Servicios " + tag + " SpA"));
        assertThat($(Paragraph.class).id("global-search-summary").getText())
                .isEqualTo("1 resultado para «" + tag.substring(0, 7) + "»");

        field.setValue(tag);
        assertThat($(Anchor.class).withClassName("global-search-hit").all())
                .as("the same hits: the same links, so the one the keyboard is on keeps its focus")
                .containsExactlyElementsOf(first);
        assertThat($(Paragraph.class).id("global-search-summary").getText()).isEqualTo("1 resultado para «" + tag
                + "»");

        field.setValue(tag + " Iquique");
        assertThat($(Anchor.class).withClassName("global-search-hit").all()).isEmpty();
    }

    @Test
    void any_navigation_closes_the_dialog() {
        navigate(HomeView.class);
        test($(Button.class).id("global-search-button")).click();
        assertThat($(GlobalSearchDialog.class).all()).hasSize(1);

        navigate(UserListView.class);

        assertThat($(GlobalSearchDialog.class).all()).isEmpty();
    }
}

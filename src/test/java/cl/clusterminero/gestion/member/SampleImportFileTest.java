package cl.clusterminero.gestion.member;

import static org.assertj.core.api.Assertions.assertThat;

import cl.clusterminero.gestion.IntegrationTest;
import cl.clusterminero.gestion.security.Role;
import cl.clusterminero.gestion.security.WithAppUser;
import cl.clusterminero.gestion.shared.transfer.ImportPreview;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample file the docs offer must pass the dry run, or the secretariat's first import fails. */
@IntegrationTest
@WithAppUser(Role.SECRETARIAT)
class SampleImportFileTest {

    @Autowired
    MemberTransferService transfers;

    @Test
    void the_sample_file_in_the_docs_passes_the_dry_run() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("docs/socios-ejemplo.csv"));
        ImportPreview<ImportRowResult> preview = transfers.preview("socios-ejemplo.csv", sample);
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }
}

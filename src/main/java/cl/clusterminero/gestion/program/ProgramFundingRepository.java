package cl.clusterminero.gestion.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramFundingRepository extends JpaRepository<ProgramFunding, Long> {

    List<ProgramFunding> findByProgramIdOrderById(Long programId);

    void deleteByProgramId(Long programId);
}

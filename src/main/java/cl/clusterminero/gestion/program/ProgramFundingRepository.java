package cl.clusterminero.gestion.program;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramFundingRepository extends JpaRepository<ProgramFunding, Long> {

    java.util.List<ProgramFunding> findByProgramIdOrderById(Long programId);

    void deleteByProgramId(Long programId);
}

package cl.clusterminero.gestion.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgramRepository extends JpaRepository<Program, Long>,
        JpaSpecificationExecutor<Program> {

    Optional<Program> findByCode(String code);

    @Query("""
            select new cl.clusterminero.gestion.program.ProgramRow(p.id, p.code, p.name, p.status, p.startDate,
                p.endDate, p.budgetClp,
                coalesce((select sum(f.amountClp) from ProgramFunding f where f.programId = p.id), 0), '')
            from Program p
            """)
    List<ProgramRow> rows(Pageable pageable);

    @Query("select new cl.clusterminero.gestion.program.ProgramOption(p.id, p.code, p.name) from Program p "
            + "order by p.code")
    List<ProgramOption> options();

    @Query("select p.id from Program p join p.managerIds m where m = :userId")
    List<Long> managedBy(@Param("userId") Long userId);

    @Query("select p.id, m from Program p join p.managerIds m where p.id in :ids")
    List<Object[]> managersOf(@Param("ids") List<Long> ids);
}

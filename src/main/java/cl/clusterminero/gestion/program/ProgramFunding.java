package cl.clusterminero.gestion.program;

import cl.clusterminero.gestion.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;

/** One co-financing line of a program: source, amount in CLP and whether it is committed or received. */
@Entity
@Audited
@Table(name = "program_funding")
class ProgramFunding extends AbstractEntity {

    @Column(name = "program_id", nullable = false, updatable = false)
    private Long programId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FundingSource source;

    @PositiveOrZero
    @Column(name = "amount_clp", nullable = false)
    private long amountClp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FundingState state;

    @Size(max = 200)
    @Column(length = 200)
    private String note;

    ProgramDraft.Funding toLine() {
        return new ProgramDraft.Funding(source, amountClp, state, note);
    }

    protected ProgramFunding() {
    }

    ProgramFunding(Long programId, FundingSource source, long amountClp, FundingState state, String note) {
        this.programId = programId;
        this.source = source;
        this.amountClp = amountClp;
        this.state = state;
        this.note = note;
    }
}

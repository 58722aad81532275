package cl.clusterminero.gestion.program;

import java.time.LocalDate;

/** A program as lists show it, with its co-financing totals, built by one query. */
public record ProgramRow(Long id, String code, String name, ProgramStatus status, LocalDate startDate,
                         LocalDate endDate, long budgetClp, long fundingClp, String managers) {
}

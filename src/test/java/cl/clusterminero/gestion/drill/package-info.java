/** Fault drills' load drivers, run by the scripts under {@code scripts/drill-*.sh}, never by the test command. */
package cl.clusterminero.gestion.drill;

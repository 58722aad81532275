/** Screens of the programs: the lazy list with progress and the editor of a program's managers, funding and participants. */
package cl.clusterminero.gestion.program.ui;

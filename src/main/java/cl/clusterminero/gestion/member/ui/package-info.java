/** Screens of the member registry: the members grid, a member's page with its tabs, export and import. */
package cl.clusterminero.gestion.member.ui;

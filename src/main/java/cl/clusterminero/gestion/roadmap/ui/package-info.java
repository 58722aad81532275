/**
 * Screens of the roadmap: the roadmap at a glance, an initiative's page (with its board and members sections and its
 * dialogs), the board's review queue, a program manager's milestones and the strategy administration.
 */
package cl.clusterminero.gestion.roadmap.ui;

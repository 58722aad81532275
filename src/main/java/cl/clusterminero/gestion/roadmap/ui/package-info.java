/**
 * Screens of the roadmap: the roadmap at a glance, an initiative's page with its reviews, the board's review queue,
 * and a program manager's milestones.
 */
package cl.clusterminero.gestion.roadmap.ui;

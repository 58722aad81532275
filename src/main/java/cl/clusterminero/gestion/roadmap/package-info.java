/** The roadmap: versioned strategies with their axes, initiatives, milestones, progress history and health. */
package cl.clusterminero.gestion.roadmap;

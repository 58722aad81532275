/** The cluster's activities (events, business rounds), who took part in them and what came of their meetings. */
package cl.clusterminero.gestion.activity;

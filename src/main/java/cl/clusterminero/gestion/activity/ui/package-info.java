/** Screens of the cluster's activities: the list, the coming weeks, an activity's page with participants and meetings. */
package cl.clusterminero.gestion.activity.ui;

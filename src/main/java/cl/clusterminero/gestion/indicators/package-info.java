/** The cluster's management indicators of a year, gathered from each feature's own figures, as a view and reports. */
package cl.clusterminero.gestion.indicators;

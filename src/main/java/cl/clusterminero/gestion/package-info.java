/** Gestión Clúster: the management application of the Corporación Clúster Minero de la Región de Antofagasta. */
package cl.clusterminero.gestion;
